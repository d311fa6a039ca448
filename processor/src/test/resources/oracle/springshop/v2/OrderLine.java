package org.example.springshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

@Entity
public class OrderLine {
  @Id @GeneratedValue Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  PurchaseOrder order;

  @ManyToOne Product product;

  int position;

  @Min(1) int quantity;

  @org.hibernate.annotations.ColumnDefault("0")
  @Column(precision = 12, scale = 2, nullable = false)
  BigDecimal unitPrice;

  @Column(length = 200) String note;
}
