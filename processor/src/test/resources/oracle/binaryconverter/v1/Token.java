package org.example.binaryconverter;

/** A value an application keeps as bytes. */
public record Token(byte[] bytes) {}
