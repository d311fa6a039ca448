package org.example.declared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value whose code is unique wherever a collection table holds it. */
@Embeddable
public class Pin {
  @Column(unique = true)
  private String code;

  private String label;
}
