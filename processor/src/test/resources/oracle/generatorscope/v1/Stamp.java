package org.example.generatorscope;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Keys from the table generator its package declares. */
@Entity
public class Stamp {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "stamps")
  private Long id;
}
