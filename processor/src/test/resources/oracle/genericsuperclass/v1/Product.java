package org.example.generics;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Product extends Described<Dimensions> {
  @Id private Long id;

  @Embedded private Amount<String> price;
}
