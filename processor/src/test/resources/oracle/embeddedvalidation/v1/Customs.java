package org.example.embeddedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

@Embeddable
public class Customs {
  @NotNull @ManyToOne private Country origin;

  @NotNull private String declaration;
}
