package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.GenericGenerator;

/**
 * A JPA generator and a generic one of one name: Hibernate takes the JPA sequence, even over the
 * generic identity declared nearer the key, so the key is a plain column.
 */
@Entity
@SequenceGenerator(name = "coupons", sequenceName = "coupon_numbers", allocationSize = 5)
public class Coupon {
  @Id
  @GeneratedValue(generator = "coupons")
  @GenericGenerator(name = "coupons", strategy = "identity")
  private Long id;
}
