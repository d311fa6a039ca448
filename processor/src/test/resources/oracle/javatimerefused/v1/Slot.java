package org.example.javatimerefused;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.time.LocalDate;

/** A LocalDate under @Temporal(TIMESTAMP), which Hibernate 7.2 refuses to start on. */
@Entity
public class Slot {
  @Id Long id;

  @Temporal(TemporalType.TIMESTAMP)
  LocalDate day;
}
