package org.example.arrays;

/** An enum whose arrays Hibernate stores by the constants' ordinals. */
public enum Phase {
  NEW,
  WAXING,
  FULL,
  WANING
}
