package org.example.embeddedvalidation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Country {
  @Id private Long id;
}
