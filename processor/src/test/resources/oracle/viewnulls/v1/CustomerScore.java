// Test input written here: a view entity with a primitive field over a column the view may return NULL in.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customer_score")
@View(name = "customer_score", sql = "SELECT id, score FROM Customer")
public class CustomerScore {
  @Id private Long id;
  private int score;
}
