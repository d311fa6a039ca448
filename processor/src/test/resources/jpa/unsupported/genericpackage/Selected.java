package com.example.unsupported.genericpackage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Selected {
  @Id
  @GeneratedValue(generator = "selected")
  private Long id;
}
