package com.example.autoconverted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.util.UUID;

/** A field of an @IdClass key of a type a converter is auto-applied to: Hibernate refuses it. */
@Entity
@IdClass(BookingKey.class)
public class Booking {
  @Id private UUID hall;

  @Id private int number;
}
