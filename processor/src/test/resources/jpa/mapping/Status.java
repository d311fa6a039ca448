package com.example.mapping;

public enum Status {
  ACTIVE,
  CLOSED
}
