package org.example.secondaryoverride;

import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Labelled {
  private String label;

  private String code;
}
