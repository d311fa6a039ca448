package org.example.toonejoinhierarchy;

import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS subclass. */
@Entity
public class Barge extends Vessel {}
