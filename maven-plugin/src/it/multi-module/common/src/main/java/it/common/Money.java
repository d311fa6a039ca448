package it.common;

public record Money(long cents) {}
