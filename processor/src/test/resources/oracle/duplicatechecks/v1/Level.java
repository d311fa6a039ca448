package org.example.duplicatechecks;

/** Three constants, stored by position: the range check is level between 0 and 2. */
public enum Level {
  LOW,
  MID,
  HIGH
}
