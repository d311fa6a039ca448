package org.example.overrides;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Contact {
  @ManyToOne private Owner person;

  @Column(length = 400)
  private String note;
}
