package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class AutoKey {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
  private Long id;
}
