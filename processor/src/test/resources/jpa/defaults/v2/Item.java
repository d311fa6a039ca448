package com.example.defaults;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Item {
  @Id private Long id;

  @Column(nullable = false)
  private Integer stock;

  @ColumnDefault("0")
  @Column(nullable = false)
  private Integer reserved;
}
