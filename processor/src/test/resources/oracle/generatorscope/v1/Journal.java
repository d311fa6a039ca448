package org.example.generatorscope;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A generator named nowhere: Hibernate takes the one its package declares. */
@Entity
public class Journal {
  @Id @GeneratedValue private Long id;
}
