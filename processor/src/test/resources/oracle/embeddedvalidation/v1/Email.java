package org.example.embeddedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class Email {
  @NotNull
  @Size(max = 20)
  private String emailAddress;
}
