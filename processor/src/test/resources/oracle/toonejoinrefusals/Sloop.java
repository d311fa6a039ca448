package org.example.toonejoinrefusals;

import jakarta.persistence.Entity;

/** A subclass, which puts Yacht in a TABLE_PER_CLASS hierarchy. */
@Entity
public class Sloop extends Yacht {}
