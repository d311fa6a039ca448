package org.example.embedded;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * Overrides naming an attribute and an association of nested embeddables by their own names, which
 * Hibernate ignores: the columns stay lat and keeper_id (their paths would be position.lat and
 * duty.keeper).
 */
@Entity
public class Depot {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "lat", column = @Column(name = "depot_lat"))
  @AssociationOverride(name = "keeper", joinColumns = @JoinColumn(name = "depot_keeper_id"))
  private Located site;
}
