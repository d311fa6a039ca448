package org.example.money;

/** A value type of a library, with no basic mapping of its own. */
public record Money(long cents) {}
