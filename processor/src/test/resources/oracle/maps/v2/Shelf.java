package org.example.maps;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A map key whose fields bring a check (an enum by ordinal) and a unique constraint. */
@Embeddable
public class Shelf {
  private Kind kind;

  @Column(length = 7, unique = true)
  private String code;
}
