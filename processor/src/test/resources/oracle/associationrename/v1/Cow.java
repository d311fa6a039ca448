package org.example.associationrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Cow {
  @Id Long id;

  @ManyToOne Herd homeHerd;
}
