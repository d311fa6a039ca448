package dev.strata.samples.hibernate.views;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/**
 * What each customer has spent: a read-only entity mapped onto a view that Strata maintains. The
 * view takes its name from {@code @Table}.
 */
@Entity
@Immutable
@Table(name = "customer_spending")
@View(
    sql =
        """
        SELECT c.id, c.name, COALESCE(SUM(o.amount), 0) AS total, c.city
        FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
        GROUP BY c.id, c.name, c.city""")
public class CustomerSpending {

  @Id private Long id;
  private String name;
  private BigDecimal total;

  /** Added in version 3, at the end of the select list: the view is replaced in place. */
  private String city;

  protected CustomerSpending() {}

  public String getName() {
    return name;
  }

  public BigDecimal getTotal() {
    return total;
  }

  @Override
  public String toString() {
    return name + (city == null ? "" : " (" + city + ")") + " spent " + total;
  }
}
