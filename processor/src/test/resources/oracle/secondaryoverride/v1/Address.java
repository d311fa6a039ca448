package org.example.secondaryoverride;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  @Column(table = "customer_details")
  private String street;

  @Column(table = "customer_details")
  private String city;
}
