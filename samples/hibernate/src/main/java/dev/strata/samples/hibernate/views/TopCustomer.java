package dev.strata.samples.hibernate.views;

import dev.strata.View;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/**
 * Customers who spent more than 200, with their address: a view on another view and on a renamed
 * column. Added in version 4.
 */
@Entity
@Immutable
@Table(name = "top_customers")
@View(
    sql =
        """
        SELECT s.id, s.name, c.email_address, s.total
        FROM customer_spending s JOIN customers c ON c.id = s.id
        WHERE s.total > 200""")
public class TopCustomer {

  @Id private Long id;
  private String name;

  @Column(name = "email_address")
  private String emailAddress;

  private BigDecimal total;

  protected TopCustomer() {}

  @Override
  public String toString() {
    return name + " <" + emailAddress + "> spent " + total;
  }
}
