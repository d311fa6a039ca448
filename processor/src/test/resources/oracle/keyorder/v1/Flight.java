package org.example.keyorder;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;

/**
 * A key of a {@code VARCHAR(12)} beside a timestamp with time zone, which Hibernate sizes as 8
 * bytes: the timestamp first.
 */
@Entity
public class Flight {
  @Id
  @Column(length = 12)
  private String code;

  @ElementCollection private Map<Instant, String> positions;
}
