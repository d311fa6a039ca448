package org.example.keys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A clerk a refund's key refers to. */
@Entity
public class Clerk {
  @Id private Long id;
}
