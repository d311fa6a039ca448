package org.example.singletablechecks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A root whose primitive's column a {@code @Column} leaves nullable: its subclasses check it. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Account extends Ledgered {

  @Id Long id;

  @Column(name = "frozen")
  boolean frozen;

  String holder;
}
