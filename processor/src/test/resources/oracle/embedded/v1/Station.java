package org.example.embedded;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.util.List;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * Hibernate's {@code @EmbeddedColumnNaming}: patterns around the columns of embeddables (those an
 * override or {@code @Column} names too, nested patterns inside the outer ones, join columns
 * untouched), an embedded id's, the field's name by default, and one on an element collection,
 * which Hibernate 7.2 ignores while a nested path's override and the nested pattern still apply.
 * Its mapped superclass's nested columns are renamed by their paths from the entity.
 */
@Entity
@AttributeOverride(name = "base.position.lat", column = @Column(name = "base_lat"))
@AssociationOverride(name = "base.duty.keeper", joinColumns = @JoinColumn(name = "base_keeper"))
public class Station extends Sited {
  @EmbeddedId
  @EmbeddedColumnNaming("k_%s")
  private StationKey key;

  @Embedded
  @EmbeddedColumnNaming("north_%s")
  private Area north;

  @Embedded
  @EmbeddedColumnNaming
  @AttributeOverride(name = "code", column = @Column(name = "ref", length = 8))
  @AttributeOverride(name = "centre.lat", column = @Column(name = "latitude", nullable = false))
  private Area south;

  @Embedded
  @EmbeddedColumnNaming("site_%s")
  @AssociationOverride(name = "duty.keeper", joinColumns = @JoinColumn(name = "warden_id"))
  private Located site;

  @ElementCollection
  @EmbeddedColumnNaming("x_%s")
  @AttributeOverride(name = "centre.lng", column = @Column(name = "east"))
  private List<Area> areas;
}
