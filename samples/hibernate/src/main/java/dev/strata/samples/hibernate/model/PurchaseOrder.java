package dev.strata.samples.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One order a customer placed. */
@Entity
@Table(name = "orders")
public class PurchaseOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  /** Added in version 2: a new column of a table that the view customer_spending reads. */
  @ManyToOne
  @JoinColumn(name = "product_id")
  private Product product;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal amount;

  protected PurchaseOrder() {}

  public PurchaseOrder(Customer customer, Product product, BigDecimal amount) {
    this.customer = customer;
    this.product = product;
    this.amount = amount;
  }
}
