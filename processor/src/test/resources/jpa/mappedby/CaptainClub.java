package org.example.mappedby;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class CaptainClub {
  @Id Long id;

  @OneToOne(mappedBy = "captaincy")
  Member captain;
}
