package com.example.autoconverted;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** Key fields whose entities decide what key they make: Stage's @IdClass, Lobby's own. */
@MappedSuperclass
public abstract class Venue {
  @Id private UUID hall;

  @Id private int number;
}
