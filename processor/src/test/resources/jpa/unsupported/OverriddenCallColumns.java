package com.example.unsupported;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** Join columns for a many-to-many inside an embeddable, outside a joinTable. */
@Entity
public class OverriddenCallColumns {
  @Id private Long id;

  @AssociationOverride(name = "calls", joinColumns = @JoinColumn(name = "voyage"))
  @Embedded
  private Route route;

  @Embeddable
  public static class Route {
    @ManyToMany private Set<OverriddenCallColumns> calls;
  }
}
