package org.example.springshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Embeddable
public class Address {
  @NotBlank @Size(max = 120) String street;

  @Column(length = 10) String zip;

  @NotBlank String city;

  @Column(name = "country_code", length = 2) String country;
}
