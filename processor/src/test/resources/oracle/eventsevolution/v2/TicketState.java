package org.example.eventsevolution;

public enum TicketState {
  ISSUED,
  SCANNED,
  REFUNDED
}
