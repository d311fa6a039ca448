package org.example.warehouseevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnDefault;

// the sequence Hibernate names after the entity, Bin_SEQ, is renamed StorageBin_SEQ with it
@Entity
@RenamedFrom("Bin")
public class StorageBin {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "warehouse_ref")
  Warehouse warehouse;

  @Column(length = 10)
  String label;

  @Column(precision = 12, scale = 3)
  BigDecimal capacity;

  @ColumnDefault("0")
  int shelf;
}
