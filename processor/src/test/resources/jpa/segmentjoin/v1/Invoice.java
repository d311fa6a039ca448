package com.example.segmentjoin;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "docs")
  @TableGenerator(name = "docs", table = "id_gen", pkColumnValue = "docs")
  private Long id;
}
