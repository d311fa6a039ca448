package dev.strata.samples.hibernate.views;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** How much each product brought in. Added in version 2. */
@Entity
@Immutable
@Table(name = "product_revenue")
@View(
    sql =
        """
        SELECT p.id, p.title, COUNT(o.id) AS orders, COALESCE(SUM(o.amount), 0) AS revenue
        FROM products p LEFT JOIN orders o ON o.product_id = p.id
        GROUP BY p.id, p.title""")
public class ProductRevenue {

  @Id private Long id;
  private String title;
  private long orders;
  private BigDecimal revenue;

  protected ProductRevenue() {}

  @Override
  public String toString() {
    return title + ": " + orders + " orders, " + revenue;
  }
}
