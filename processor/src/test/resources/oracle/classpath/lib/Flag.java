package org.example.money;

/** A library type with neither a basic mapping nor a converter. */
public record Flag(String code) {}
