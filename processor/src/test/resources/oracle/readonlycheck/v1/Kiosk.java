package org.example.readonlycheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;

/**
 * A foreign key's value, checked by Bean Validation, beside its read-only association, as the Sakila
 * mapping of jinahya/jpa-with-sakila-sample-database writes every foreign key: Hibernate checks the
 * column as the writing field says.
 */
@Entity
public class Kiosk {
  @Id private Long id;

  @Max(500)
  @Column(name = "regionId", nullable = false)
  private Long regionId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "regionId", nullable = false, insertable = false, updatable = false)
  private Kiosk region;
}
