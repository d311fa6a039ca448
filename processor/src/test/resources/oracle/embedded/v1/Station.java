package org.example.embedded;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * Hibernate's {@code @EmbeddedColumnNaming}: patterns around the columns of embeddables (those an
 * override or {@code @Column} names too, nested patterns inside the outer ones, join columns
 * untouched), an embedded id's, the field's name by default, and one on an element collection,
 * which Hibernate 7.2 ignores while a nested path's override and the nested pattern still apply.
 * Its mapped superclass's nested columns are renamed by their paths from the entity, and so are
 * its own fields', over their own overrides and inside their patterns. Converters by paths, on the
 * class and on element collections and a map's values, make text columns integers. Overrides of
 * paths to nothing on an element collection and a map's values are ignored, as Hibernate ignores
 * them.
 */
@Entity
@AttributeOverride(name = "base.position.lat", column = @Column(name = "base_lat"))
@AttributeOverride(name = "name", column = @Column(name = "station_name", length = 60))
@AttributeOverride(name = "south.code", column = @Column(name = "code_ref", length = 6))
@AttributeOverride(name = "site.label", column = @Column(name = "title"))
@AttributeOverride(name = "key.region", column = @Column(name = "reg"))
@AssociationOverride(name = "base.duty.keeper", joinColumns = @JoinColumn(name = "base_keeper"))
@AssociationOverride(name = "site.duty.keeper", joinColumns = @JoinColumn(name = "site_warden"))
@Convert(attributeName = "north.code", converter = CodeLength.class)
public class Station extends Sited {
  @EmbeddedId
  @EmbeddedColumnNaming("k_%s")
  private StationKey key;

  private String name;

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
  @Convert(attributeName = "code", converter = CodeLength.class)
  @EmbeddedColumnNaming("x_%s")
  @AttributeOverride(name = "centre.lng", column = @Column(name = "east"))
  @AttributeOverride(name = "centre.depth", column = @Column(name = "deep"))
  private List<Area> areas;

  @ElementCollection
  @Convert(attributeName = "value.code", converter = CodeLength.class)
  @AttributeOverride(name = "value.width", column = @Column(name = "zone_width"))
  private Map<String, Area> zones;
}
