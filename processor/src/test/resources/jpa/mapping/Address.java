package com.example.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  @Column(name = "street", length = 120)
  private String street;

  private String zipCode;
}
