package org.example.embeddedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class Stamp {
  @NotNull
  @Size(max = 8)
  private String code;

  @Min(1)
  private Integer price;
}
