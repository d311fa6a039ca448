package org.example.eventsevolution;

public enum BookingStatus {
  PENDING,
  CONFIRMED,
  CANCELLED
}
