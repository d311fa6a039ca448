// Test input written here: an entity keyed by one column.
package org.example.perclassabstractonetoone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tool {
  @Id Long id;
}
