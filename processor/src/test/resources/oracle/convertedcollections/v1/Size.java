package org.example.convertedcollections;

public enum Size {
  SMALL,
  LARGE
}
