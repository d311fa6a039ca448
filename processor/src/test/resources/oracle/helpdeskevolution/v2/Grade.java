package org.example.helpdeskevolution;

public enum Grade {
  JUNIOR,
  SENIOR,
  LEAD
}
