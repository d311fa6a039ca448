package org.example.springshop;

public enum OrderStatus {
  NEW,
  PAID,
  SHIPPED,
  CANCELLED
}
