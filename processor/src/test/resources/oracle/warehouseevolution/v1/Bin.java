package org.example.warehouseevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Bin {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "warehouse_ref")
  Warehouse warehouse;

  @Column(length = 10)
  String label;

  @Column(precision = 8, scale = 2)
  BigDecimal capacity;

  @ColumnDefault("0")
  int shelf;
}
