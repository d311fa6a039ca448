package org.example.embeddedcollectionoverrides;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;

/**
 * One embeddable embedded twice, each embedding giving the collections inside it tables and
 * columns of their own: a join table (replacing the field's {@code @JoinTable} as a whole), a
 * collection table and its owner's column by {@code joinTable}, the column of a one-to-many by {@code joinColumns}, the column of basic values by an
 * attribute override (of a nested path too), and a nested path that wins over the inner embedding's own override.
 */
@Entity
public class Voyage {
  @Id private Long id;

  @AssociationOverride(
      name = "calls",
      joinTable =
          @JoinTable(
              name = "planned_calls",
              joinColumns = @JoinColumn(name = "voyage"),
              inverseJoinColumns = @JoinColumn(name = "port")))
  @AssociationOverride(name = "movements", joinColumns = @JoinColumn(name = "planned_voyage"))
  @AttributeOverride(name = "tags", column = @Column(name = "tag", length = 40))
  @AssociationOverride(name = "leg.days", joinTable = @JoinTable(name = "planned_days"))
  @Embedded
  private Schedule planned;

  @AssociationOverride(name = "calls", joinTable = @JoinTable(name = "actual_calls"))
  @AssociationOverride(name = "movements", joinColumns = @JoinColumn(name = "actual_voyage"))
  @AssociationOverride(
      name = "tags",
      joinTable = @JoinTable(name = "actual_tags", joinColumns = @JoinColumn(name = "owner")))
  @AttributeOverride(name = "leg.days", column = @Column(name = "day_of_week"))
  @Embedded
  private Schedule actual;
}
