package org.example.types;

public enum Status {
  ACTIVE,
  SUSPENDED,
  CLOSED,
  ARCHIVED
}
