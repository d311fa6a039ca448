package com.example.autoconverted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A single key of a type with a column of its own: Hibernate keeps that column. */
@Entity
public class Ticket {
  @Id private UUID id;
}
