package org.example.uuidkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.UUID;

/** A key JPA 3.1's {@code GenerationType.UUID} generates in Java: no sequence, no table. */
@Entity
public class Token {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;
}
