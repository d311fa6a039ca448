package org.example.enumdefinitions;

/** Gains a constant: PostgreSQL's check of the values changes, the columns do not. */
public enum Status {
  OPEN,
  CLOSED,
  ARCHIVED
}
