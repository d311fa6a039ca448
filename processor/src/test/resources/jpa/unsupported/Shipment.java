package com.example.unsupported;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Shipment {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "postcode", column = @Column(name = "zip"))
  private Place destination;

  @Embeddable
  public static class Place {
    private String street;
  }
}
