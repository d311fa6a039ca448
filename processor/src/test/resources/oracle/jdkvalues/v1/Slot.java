package org.example.jdkvalues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.time.OffsetTime;

/** A primary key with an offset time, ordered among the others by its size, as Hibernate does. */
@Entity
@IdClass(SlotId.class)
public class Slot {
  @Id private OffsetTime startsAt;

  @Id
  @Column(length = 6)
  private String room;

  @Id private Integer weekday;

  @Id private Long sequence;
}
