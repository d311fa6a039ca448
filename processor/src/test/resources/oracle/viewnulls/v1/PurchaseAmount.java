// Test input written here: a view entity with a primitive field over a column the view may return NULL in.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchase_amount")
@View(name = "purchase_amount", sql = "SELECT p.id, p.amount FROM Purchase p JOIN Customer c ON c.id = p.customer_id")
public class PurchaseAmount {
  @Id private Long id;
  private int amount;
}
