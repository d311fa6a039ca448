package com.example.ignored;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Shipment {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "postcode", column = @Column(name = "zip"))
  private Place destination;

  @Embedded
  @AttributeOverride(name = "carrier", column = @Column(name = "carried_by"))
  private Leg leg;

  @Embeddable
  public static class Place {
    private String street;
    private String town;
  }

  @Embeddable
  public static class Leg {
    private int hops;
    @ManyToOne private Shipment carrier;
  }
}
