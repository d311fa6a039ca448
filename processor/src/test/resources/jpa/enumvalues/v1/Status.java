package org.example.enumvalues;

public enum Status {
  OPEN,
  CLOSED
}
