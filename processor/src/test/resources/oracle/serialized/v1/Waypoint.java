package org.example.serialized;

import java.io.Serializable;

/** A record the user declares serializable. */
public record Waypoint(double latitude, double longitude) implements Serializable {}
