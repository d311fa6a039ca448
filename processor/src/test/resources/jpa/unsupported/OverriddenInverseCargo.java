package com.example.unsupported;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** An override of the inverse side of a one-to-many inside an embeddable. */
@Entity
public class OverriddenInverseCargo {
  @Id private Long id;

  @ManyToOne private OverriddenInverseCargo voyage;

  @AssociationOverride(name = "cargo", joinColumns = @JoinColumn(name = "carrier"))
  @Embedded
  private Hold hold;

  @Embeddable
  public static class Hold {
    @OneToMany(mappedBy = "voyage")
    private Set<OverriddenInverseCargo> cargo;
  }
}
