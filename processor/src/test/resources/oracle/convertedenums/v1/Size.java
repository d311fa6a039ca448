package org.example.convertedenums;

public enum Size {
  SMALL,
  LARGE
}
