package org.example.embeddedcollectionoverrides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Port {
  @Id private Long id;
}
