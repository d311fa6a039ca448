package org.example.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;

/** Columns in a secondary table, joined by a key column it names. */
@Entity
@SecondaryTable(
    name = "customer_details",
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
public class Customer {
  @Id @GeneratedValue private Long id;

  private String name;

  @Column(table = "customer_details", length = 1000)
  private String notes;

  @Column(table = "customer_details", nullable = false)
  private Integer rating;

  /** Version 2: a column added to the secondary table. */
  @Column(table = "customer_details")
  private String phone;
}
