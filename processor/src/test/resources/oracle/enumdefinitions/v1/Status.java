package org.example.enumdefinitions;

public enum Status {
  OPEN,
  CLOSED
}
