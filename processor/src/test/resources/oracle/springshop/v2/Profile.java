package org.example.springshop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

@Entity
public class Profile {
  @Id Long id;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  Customer customer;

  @Lob String biography;

}
