package org.example.helpdeskevolution;

public enum PersonStatus {
  ACTIVE,
  ON_LEAVE,
  LEFT
}
