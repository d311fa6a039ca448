package org.example.helpdeskevolution;

public enum Priority {
  LOW,
  NORMAL,
  URGENT
}
