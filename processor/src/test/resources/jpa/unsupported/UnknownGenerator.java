package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class UnknownGenerator {
  @Id
  @GeneratedValue(generator = "elsewhere")
  private Long id;
}
