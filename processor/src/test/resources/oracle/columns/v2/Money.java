package org.example.columns;

/** An amount in cents, stored as a BIGINT by the auto-applied {@link MoneyConverter}. */
public record Money(long cents) {}
