package org.example.embeddedcollectionoverrides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Movement {
  @Id private Long id;
}
