package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class AttendeeProfile {
  @Id Long id;

  @MapsId
  @OneToOne
  @OnDelete(action = OnDeleteAction.CASCADE)
  Participant attendee;

  @Column(length = 500)
  String bio;

  LocalDate birthday;
}
