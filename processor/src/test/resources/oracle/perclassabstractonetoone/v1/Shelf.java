// Test input written here: a concrete subclass of an abstract TABLE_PER_CLASS root.
package org.example.perclassabstractonetoone;

import jakarta.persistence.Entity;

@Entity
public class Shelf extends Holder {
  int size;
}
