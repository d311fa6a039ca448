package org.example.enumstorage;

public enum Level {
  LOW,
  MID,
  HIGH
}
