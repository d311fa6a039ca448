package org.example.repeatedgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** Table generators repeated on the key field. */
@Entity
public class Coupon {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "coupons")
  @TableGenerator(name = "vouchers", table = "voucher_keys")
  @TableGenerator(name = "coupons", table = "coupon_keys", pkColumnValue = "coupon")
  private Long id;
}
