package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/**
 * A JOINED subclass whose table names its key column, owning a to-one through a named join table
 * (Hibernate 7 refuses one whose join table has no name).
 */
@Entity
@PrimaryKeyJoinColumn(name = "terminalKey")
public class Terminal extends Hub {
  @ManyToOne
  @JoinTable(name = "terminal_driver")
  Driver terminalDriver;
}
