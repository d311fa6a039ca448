package org.example.firstsub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity alone in its table: no discriminator yet. */
@Entity
public class Device {
  @Id private Long id;

  private String name;
}
