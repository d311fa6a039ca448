// Test input written here: a view entity with a primitive field over a column the view may return NULL in.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customer_total_boxed")
@View(name = "customer_total_boxed", sql = "SELECT c.id, MAX(p.amount) AS total FROM Customer c LEFT JOIN Purchase p ON p.customer_id = c.id GROUP BY c.id")
public class CustomerTotalBoxed {
  @Id private Long id;
  private Integer total;
}
