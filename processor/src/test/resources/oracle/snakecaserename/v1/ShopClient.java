package org.example.snakecaserename;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class ShopClient {
  @Id Long id;

  @Column(nullable = false, length = 80)
  String lastName;

  String homeCity;
}
