package com.example.autoconverted;

/** A value with no basic mapping of its own: only its auto-applied converter maps it. */
public record Code(long value) {}
