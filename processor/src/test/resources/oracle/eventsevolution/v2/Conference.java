package org.example.eventsevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Conference extends Event {
  int tracks;

  @Column(length = 200)
  @RenamedFrom("keynote")
  String keynoteTitle;
}
