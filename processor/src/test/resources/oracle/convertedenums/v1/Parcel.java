package org.example.convertedenums;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** Sizes under @Enumerated: Hibernate maps them as it says, not by the auto-applied converter. */
@Entity
public class Parcel {
  @Id private String code;

  @Enumerated(EnumType.STRING)
  private Size size;

  @Enumerated private Size former;
}
