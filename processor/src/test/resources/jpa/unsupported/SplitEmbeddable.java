package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;

@Entity
@SecondaryTable(name = "split_details")
public class SplitEmbeddable {
  @Id private Long id;

  @Embedded private Address address;

  @Embeddable
  public static class Address {
    private String street;

    @Column(table = "split_details")
    private String city;
  }
}
