package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class GenericBox<T> {
  @Id private Long id;

  private T content;
}
