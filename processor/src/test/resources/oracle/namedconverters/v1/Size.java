package org.example.namedconverters;

public enum Size {
  SMALL,
  LARGE
}
