// Test input written here: a view entity with a primitive field over an outer join that a NULL foreign key leaves unmatched.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchase_buyer")
@View(name = "purchase_buyer", sql = "SELECT p.id, c.id AS buyer FROM Purchase p LEFT JOIN Customer c ON c.id = p.customer_id")
public class PurchaseBuyer {
  @Id private Long id;
  private long buyer;
}
