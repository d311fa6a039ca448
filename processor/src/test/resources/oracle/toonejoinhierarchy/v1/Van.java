package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

/** A SINGLE_TABLE subclass owning a to-one through an implicitly named join table. */
@Entity
public class Van extends Vehicle {
  @ManyToOne @JoinTable Driver vanDriver;
}
