package org.example.serialized;

import java.io.Serializable;

/** A value of the user's own, which Hibernate serializes as it has no Java type for it. */
public class Route implements Serializable {
  private String from;
  private String to;
}
