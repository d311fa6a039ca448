package org.example.embeddedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Constrained fields, which shape their columns only where the embedded field is {@code @Valid}. */
@Embeddable
public class Address {
  @NotNull private String street;

  @Size(max = 10)
  private String zip;

  @Min(0)
  private Integer floor;
}
