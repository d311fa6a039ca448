// Test input written here: a view entity with a primitive field over an outer join that its foreign key always satisfies.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "receipt_holder")
@View(name = "receipt_holder", sql = "SELECT r.id, c.id AS holder FROM Receipt r LEFT JOIN Customer c ON c.id = r.customer_id")
public class ReceiptHolder {
  @Id private Long id;
  private long holder;
}
