package com.example.autoconverted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A version whose type only a converter maps: Hibernate applies none to it, and cannot map it. */
@Entity
public class Journal {
  @Id private String name;

  @Version private Code revision;
}
