package com.example.autoconverted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A key whose type only a converter maps: Hibernate applies none to a key, and cannot map it. */
@Entity
public class Account {
  @Id private Code number;

  private Code previous;
}
