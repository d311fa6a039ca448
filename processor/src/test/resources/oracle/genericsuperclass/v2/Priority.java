package org.example.generics;

public enum Priority {
  LOW,
  HIGH
}
