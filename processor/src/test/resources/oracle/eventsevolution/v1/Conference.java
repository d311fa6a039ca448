package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Conference extends Event {
  int tracks;

  @Column(length = 200)
  String keynote;
}
