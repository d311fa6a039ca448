package com.example.sharedjoin;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Alpha {
  @Id
  @GeneratedValue(generator = "numbers")
  private Long id;
}
