package org.example.warehouseevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  @Column(length = 80)
  String street;

  @Column(length = 40)
  String city;

  @Column(length = 10)
  String postalCode;
}
