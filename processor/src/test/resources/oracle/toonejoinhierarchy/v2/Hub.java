package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/** The root of a JOINED hierarchy, owning a to-one through a join table. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Hub {
  @Id Long id;

  @ManyToOne @JoinTable Driver manager;
}
