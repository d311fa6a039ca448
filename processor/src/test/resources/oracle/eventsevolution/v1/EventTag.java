package org.example.eventsevolution;

public enum EventTag {
  TECH,
  MUSIC,
  FAMILY
}
