package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_booking_event_attendee",
            columnNames = {"event_id", "attendee_id"}),
    indexes = @Index(name = "ix_booking_booked_at", columnList = "bookedAt"))
@Check(constraints = "seats > 0")
public class Booking extends Audited {
  @Id @GeneratedValue UUID id;

  @ManyToOne(optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  Event event;

  @ManyToOne(optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  Participant attendee;

  Instant bookedAt;

  @ColumnDefault("1")
  int seats;

  @Embedded Money paid;

  @Enumerated(EnumType.STRING)
  @Column(length = 12, nullable = false)
  @ColumnDefault("'PENDING'")
  BookingStatus status;
}
