package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Meetup extends Event {
  @Column(length = 80)
  String host;

  boolean online;
}
