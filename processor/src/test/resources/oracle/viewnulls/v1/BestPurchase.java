// Test input written here: a view entity with a primitive field over a column the view may return NULL in.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "best_purchase")
@View(name = "best_purchase", sql = "SELECT c.id, (SELECT MAX(p.amount) FROM Purchase p WHERE p.customer_id = c.id) AS best FROM Customer c")
public class BestPurchase {
  @Id private Long id;
  private int best;
}
