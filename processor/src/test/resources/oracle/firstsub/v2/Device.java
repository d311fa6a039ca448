package org.example.firstsub;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The root of a single table since version 2: its earlier rows are Devices. */
@Entity
public class Device {
  @Id private Long id;

  private String name;
}
