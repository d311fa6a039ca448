package org.example.toonejoinkeys;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The key of a bay: its aisle and level. */
@Embeddable
public record BayKey(int aisle, int level) implements Serializable {}
