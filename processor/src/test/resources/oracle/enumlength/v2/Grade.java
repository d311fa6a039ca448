package org.example.enumlength;

public enum Grade {
  LOW,
  MID,
  HIGH
}
