package org.example.overriddenrequired;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;

@MappedSuperclass
public class Voyage {
  @Id private Long id;

  @NotNull @ManyToOne private Port home;

  @ManyToOne(optional = false)
  private Port registry;
}
