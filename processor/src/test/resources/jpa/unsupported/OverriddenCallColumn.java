package com.example.unsupported;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** An attribute override of a many-to-many inside an embeddable. */
@Entity
public class OverriddenCallColumn {
  @Id private Long id;

  @AttributeOverride(name = "calls", column = @Column(name = "call"))
  @Embedded
  private Route route;

  @Embeddable
  public static class Route {
    @ManyToMany private Set<OverriddenCallColumn> calls;
  }
}
