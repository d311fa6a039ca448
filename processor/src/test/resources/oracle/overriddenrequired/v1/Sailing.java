package org.example.overriddenrequired;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Associations whose join columns {@code @AssociationOverride} renames: the override replaces the
 * column's name and its own nullability, but Hibernate keeps NOT NULL what {@code optional = false}
 * or an applied {@code @NotNull} requires, on an embedded field and over a mapped superclass alike.
 */
@Entity
@AssociationOverride(name = "home", joinColumns = @JoinColumn(name = "home_port_id"))
@AssociationOverride(name = "registry", joinColumns = @JoinColumn(name = "registry_port_id"))
public class Sailing extends Voyage {
  @AssociationOverride(name = "origin", joinColumns = @JoinColumn(name = "planned_origin"))
  @AssociationOverride(name = "destination", joinColumns = @JoinColumn(name = "planned_to"))
  @AssociationOverride(
      name = "via",
      joinColumns = @JoinColumn(name = "planned_via", nullable = false))
  @AssociationOverride(name = "fallback", joinColumns = @JoinColumn(name = "planned_fallback"))
  @Valid
  @NotNull
  @Embedded
  private Route planned;

  @AssociationOverride(name = "origin", joinColumns = @JoinColumn(name = "actual_origin"))
  @AssociationOverride(name = "destination", joinColumns = @JoinColumn(name = "actual_to"))
  @AssociationOverride(name = "via", joinColumns = @JoinColumn(name = "actual_via"))
  @AssociationOverride(name = "fallback", joinColumns = @JoinColumn(name = "actual_fallback"))
  @Embedded
  private Route actual;
}
