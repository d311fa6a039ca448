// Test input written here: a view entity with a primitive field over a column the view may return NULL in.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "high_score")
@View(name = "high_score", sql = "SELECT id, CASE WHEN score > 5 THEN 1 END AS high FROM Customer")
public class HighScore {
  @Id private Long id;
  private int high;
}
