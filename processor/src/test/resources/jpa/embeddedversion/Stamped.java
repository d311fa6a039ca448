package org.example.embeddedversion;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Version;

@Embeddable
public record Stamped(@Version Long revision, String by) {}
