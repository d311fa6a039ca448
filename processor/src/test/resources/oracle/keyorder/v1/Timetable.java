package org.example.keyorder;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalTime;
import java.util.Map;

/**
 * A key of a {@code VARCHAR(6)} beside a {@code TIME} one, which Hibernate sizes as 4 bytes: the
 * time first.
 */
@Entity
public class Timetable {
  @Id
  @Column(length = 6)
  private String code;

  @ElementCollection private Map<LocalTime, String> departures;
}
