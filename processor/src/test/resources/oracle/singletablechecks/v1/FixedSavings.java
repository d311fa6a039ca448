package org.example.singletablechecks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Below a subclass: its parent's columns are checked, the root's are not. */
@Entity
public class FixedSavings extends Savings {

  @Column(name = "lockDays")
  long lockDays;
}
