package org.example.embeddedrename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import java.util.Set;

/** A joined subclass, whose table's key is named as its root's, and its collection table. */
@Entity
public class Cyclist extends Courier {
  String bell;

  @ElementCollection Set<String> routes;
}
