package org.example.tablekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class Coupon {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "coupons")
  @TableGenerator(name = "coupons")
  private Integer id;
}
