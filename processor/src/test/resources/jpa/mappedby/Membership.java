package org.example.mappedby;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Membership {
  @ManyToOne
  @JoinColumn(name = "home_club_id")
  ValidClub club;
}
