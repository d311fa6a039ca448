package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.CurrentTimestamp;

/** A value generator on a key, which Hibernate 7 refuses: it takes an @IdGeneratorType only. */
@Entity
public class TimestampKey {
  @Id @CurrentTimestamp private Instant id;
}
