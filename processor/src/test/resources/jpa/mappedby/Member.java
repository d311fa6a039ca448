package org.example.mappedby;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Member {
  @Id Long id;

  @ManyToOne ValidClub club;

  @Embedded Membership membership;
}
