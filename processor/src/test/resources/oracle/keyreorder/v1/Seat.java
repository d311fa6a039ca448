package org.example.keyreorder;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** Keyed by [code, area] while the code is an Integer, by [area, code] once it is a Long. */
@Entity
public class Seat {
  @EmbeddedId SeatId id;

  String label;
}
