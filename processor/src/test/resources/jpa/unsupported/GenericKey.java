package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** A @GenericGenerator with neither type nor strategy: native, an identity or a sequence. */
@Entity
public class GenericKey {
  @Id
  @GeneratedValue(generator = "numbers")
  @GenericGenerator(name = "numbers")
  private Long id;
}
