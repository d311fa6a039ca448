package org.example.uuidkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A text key {@code GenerationType.UUID} fills with a UUID's text. */
@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private String id;
}
