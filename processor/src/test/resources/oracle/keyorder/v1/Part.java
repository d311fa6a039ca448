package org.example.keyorder;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Part {
  @EmbeddedId private PartId id;

  private int stock;
}
