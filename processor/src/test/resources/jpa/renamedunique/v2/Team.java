package org.example.renamedunique;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Version 2: Club renamed, its name made unique and shorter, its captain_id a foreign key. */
@Entity
@RenamedFrom("Club")
public class Team {
  @Id Long id;

  @Column(length = 20, unique = true)
  String name;

  @ManyToOne
  @JoinColumn(name = "captain_id")
  Member captain;
}
