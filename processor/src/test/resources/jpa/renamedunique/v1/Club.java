package org.example.renamedunique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Club {
  @Id Long id;

  @Column(length = 40)
  String name;

  @Column(name = "captain_id")
  Long captainId;
}
