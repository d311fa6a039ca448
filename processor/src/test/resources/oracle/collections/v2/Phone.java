package org.example.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Phone {
  @Column(length = 10)
  private String kind;

  @Column(length = 30)
  private String number;
}
