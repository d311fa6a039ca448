package org.example.embeddedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Embedded values nested in one: each reached through {@code @Valid} or not, null or not. */
@Embeddable
public class Contact {
  @Valid @NotNull @Embedded private Phone phone;

  @Valid @Embedded private Email email;

  @NotNull @Embedded private Fax fax;
}
