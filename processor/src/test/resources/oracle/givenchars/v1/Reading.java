package org.example.givenchars;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/**
 * Each columnDefinition spells a fixed-width text, which MariaDB renders as a varchar where
 * Hibernate writes it as it is.
 */
@Entity
public class Reading {
  @Id Long id;

  @ManyToOne Meter meter;

  @Column(columnDefinition = "char(2)")
  String country;

  @Column(columnDefinition = "CHAR(3)")
  String currency;

  @ElementCollection
  @Column(columnDefinition = "char(2)")
  Set<String> regions;
}
