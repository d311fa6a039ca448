package org.example.generics;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Ticket extends Tracked<Priority> {
  @Id private Long id;

  @ManyToOne private Country country;
}
