package dev.strata.samples.quickstart.views;

import dev.strata.View;

/** How often each product sold and for how much, including products nobody bought. */
@View(
    name = "product_sales",
    sql =
        """
        SELECT p.id AS product_id, p.title, COUNT(o.id) AS orders, COALESCE(SUM(o.amount), 0) AS revenue
        FROM products p LEFT JOIN orders o ON o.product_id = p.id
        GROUP BY p.id, p.title""")
public final class ProductSale {
  private ProductSale() {}
}
