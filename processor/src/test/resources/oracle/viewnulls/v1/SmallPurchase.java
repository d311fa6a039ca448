// Test input written here: a view entity with a primitive field over a column the view may return NULL in.
package org.example.viewnulls;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "small_purchase")
@View(name = "small_purchase", sql = "SELECT id, CASE WHEN amount < 100 THEN amount END AS small FROM Purchase")
public class SmallPurchase {
  @Id private Long id;
  private int small;
}
