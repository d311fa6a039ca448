package org.example.overriddenrequired;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

/** Associations required by Bean Validation, by the mapping, by the join column, or not at all. */
@Embeddable
public class Route {
  @NotNull @ManyToOne private Port origin;

  @ManyToOne(optional = false)
  private Port destination;

  @ManyToOne private Port via;

  @ManyToOne
  @JoinColumn(nullable = false)
  private Port fallback;
}
