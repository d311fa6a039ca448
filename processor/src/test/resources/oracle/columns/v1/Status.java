package org.example.columns;

public enum Status {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
