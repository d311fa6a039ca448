// Test input written here: a view entity with a primitive field over a column the view may return NULL in.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "last_purchase")
@View(name = "last_purchase", sql = "SELECT c.id, p.amount FROM Customer c LEFT JOIN Purchase p ON p.customer_id = c.id")
public class LastPurchase {
  @Id private Long id;
  private int amount;
}
