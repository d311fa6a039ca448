package org.example.firstsub;

import jakarta.persistence.Entity;

/** The first subclass: Device's table gains the NOT NULL discriminator DTYPE. */
@Entity
public class Phone extends Device {
  private String number;
}
