package org.example.readonly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A foreign key's value beside its association, one of the two read-only: one column, defined by
 * the field that writes it, with the association's foreign key.
 */
@Entity
public class Shop {
  @Id private Long id;

  @Column(name = "ownerId", insertable = false, updatable = false)
  private Long ownerId;

  @ManyToOne
  @JoinColumn(name = "ownerId")
  private Shop owner;

  @Column(name = "regionId")
  private Long regionId;

  @ManyToOne
  @JoinColumn(name = "regionId", insertable = false, updatable = false, nullable = false)
  private Shop region;
}
