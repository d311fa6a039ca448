// Test input written here: a view entity with a primitive field over a column the view may return NULL in.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchase_count")
@View(name = "purchase_count", sql = "SELECT c.id, COUNT(p.id) AS purchases FROM Customer c LEFT JOIN Purchase p ON p.customer_id = c.id GROUP BY c.id")
public class PurchaseCount {
  @Id private Long id;
  private long purchases;
}
