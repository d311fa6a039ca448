package org.example.enumvalues;

/** Gains ARCHIVED: no row holds a value the columns refuse. */
public enum Status {
  OPEN,
  CLOSED,
  ARCHIVED
}
