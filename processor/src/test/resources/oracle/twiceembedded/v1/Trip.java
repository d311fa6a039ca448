package org.example.twiceembedded;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;

/**
 * One embeddable embedded twice, with the overrides the errors name: its column and its
 * collections' table and join column apart for the second embedding.
 */
@Entity
public class Trip {
  @Id private Long id;

  @Embedded private Labels planned;

  @Embedded
  @AttributeOverride(name = "label", column = @Column(name = "actual_label"))
  @AssociationOverride(name = "tags", joinTable = @JoinTable(name = "Trip_actual_tags"))
  @AssociationOverride(name = "stops", joinColumns = @JoinColumn(name = "actual_trip_id"))
  private Labels actual;
}
