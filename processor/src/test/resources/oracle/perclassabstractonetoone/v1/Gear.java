// Test input written here: an entity keyed by two columns.
package org.example.perclassabstractonetoone;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Gear {
  @EmbeddedId GearKey id;
}
