package com.example.segmentjoin;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** Its keys, assigned in version 1, come from the segment Invoice's keys come from. */
@Entity
public class Receipt {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "docs")
  @TableGenerator(name = "docs", table = "id_gen", pkColumnValue = "docs")
  private Long id;
}
