package org.example.convertedkeys;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.util.UUID;

/**
 * A field of an {@code @IdClass} key that turns the auto-applied converter off, as Hibernate asks,
 * and a reference to a key the converter does not apply to.
 */
@Entity
@IdClass(SeatKey.class)
public class Seat {
  @Id
  @Convert(disableConversion = true)
  private UUID hall;

  @Id private int number;

  @ManyToOne private Ticket ticket;
}
