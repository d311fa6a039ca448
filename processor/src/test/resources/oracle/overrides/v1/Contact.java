package org.example.overrides;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Contact {
  @ManyToOne private Owner person;

  private String note;
}
