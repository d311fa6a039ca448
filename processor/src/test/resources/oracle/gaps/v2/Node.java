package org.example.gaps;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A single-table root that owns the rows whose discriminator is NULL. */
@Entity
@DiscriminatorValue("null")
public class Node {
  @Id private Long id;

  private String label;
}
