package org.example.embedded;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * One embeddable embedded twice. The first embedding's overrides name an attribute and an
 * association of nested embeddables by their own names, which Hibernate ignores: the columns stay
 * lat and keeper_id (their paths would be position.lat and duty.keeper). The second's name them by
 * their paths, giving each column its own name; position.lng wins over the embeddable's own
 * override of lng; a converter by path makes its label an integer. Hibernate ignores the overrides
 * of paths to nothing (altitude, site as a whole, label.x), an @AttributeOverride of an
 * association (duty.keeper) and an @AssociationOverride of a basic attribute (label): no column
 * changes for them.
 */
@Entity
@AttributeOverride(name = "site", column = @Column(name = "whole_site"))
@AttributeOverride(name = "site.label.x", column = @Column(name = "site_label_x"))
public class Depot {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "lat", column = @Column(name = "depot_lat"))
  @AssociationOverride(name = "keeper", joinColumns = @JoinColumn(name = "depot_keeper_id"))
  @AttributeOverride(name = "altitude", column = @Column(name = "site_altitude"))
  @AttributeOverride(name = "duty.keeper", column = @Column(name = "site_keeper"))
  @AssociationOverride(name = "label", joinColumns = @JoinColumn(name = "site_label_id"))
  private Located site;

  @Embedded
  @Convert(attributeName = "label", converter = CodeLength.class)
  @AttributeOverride(name = "label", column = @Column(name = "dock_label", length = 40))
  @AttributeOverride(name = "position.lat", column = @Column(name = "dock_lat", nullable = false))
  @AttributeOverride(name = "position.lng", column = @Column(name = "dock_lng"))
  @AssociationOverride(name = "duty.keeper", joinColumns = @JoinColumn(name = "dock_keeper_id"))
  private Located dock;
}
