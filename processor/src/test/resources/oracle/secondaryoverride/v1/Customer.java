package org.example.secondaryoverride;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;

@Entity
@SecondaryTable(name = "customer_details")
@AttributeOverride(name = "label", column = @Column(name = "label", table = "customer_details"))
public class Customer extends Labelled {
  @Id private Long id;

  @Embedded private Address address;

  @Embedded
  @AttributeOverride(name = "town", column = @Column(name = "town", table = "customer_details"))
  @AttributeOverride(name = "zip", column = @Column(name = "zip", table = "customer_details"))
  private Place place;

  @Column(table = "customer_details")
  private String note;
}
