package org.example.serialized;

import java.io.Serializable;

/** An interface that extends {@code Serializable}: its fields are serialized too. */
public interface Tagged extends Serializable {}
