package org.example.generatorscope;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A table generator that nothing declares: Hibernate reads the table of that name. */
@Entity
public class Chit {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "chit_keys")
  private Long id;
}
