package org.example.gaps;

public enum Grade {
  LOW,
  MID,
  HIGH
}
