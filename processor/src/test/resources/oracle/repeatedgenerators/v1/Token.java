package org.example.repeatedgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The second of the package's repeated table generators. */
@Entity
public class Token {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tokens")
  private Long id;
}
