package org.example.keyorder;

public enum Grade {
  LOW,
  HIGH
}
