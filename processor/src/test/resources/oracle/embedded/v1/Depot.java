package org.example.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An override naming an attribute of a nested embeddable by its own name, which Hibernate ignores:
 * the column stays lat (its path would be position.lat).
 */
@Entity
public class Depot {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "lat", column = @Column(name = "depot_lat"))
  private Located site;
}
