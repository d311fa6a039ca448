package org.example.json;

/** A value stored whole as one JSON column. */
public record Dimensions(int width, int height) {}
