package org.example.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Joined: each subclass a table of its own, keyed by the root's key. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Vehicle {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false)
  private String make;
}
