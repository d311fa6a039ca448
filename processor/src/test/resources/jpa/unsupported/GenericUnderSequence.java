package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** A @GenericGenerator that Hibernate ignores under an explicit SEQUENCE. */
@Entity
public class GenericUnderSequence {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "explicit_numbers")
  @GenericGenerator(name = "explicit_numbers", strategy = "identity")
  private Long id;
}
