package org.example.readonlyonetoone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/**
 * A foreign key's value beside a read-only {@code @OneToOne} onto its column, as the Sakila mapping
 * of jinahya/jpa-with-sakila-sample-database maps customer.address_id: Hibernate makes the column
 * as the writing field says, with the foreign key and without a unique constraint.
 */
@Entity
public class Booth {
  @Id private Long id;

  @Column(name = "managerId", nullable = false)
  private Long managerId;

  @OneToOne(optional = false)
  @JoinColumn(name = "managerId", nullable = false, insertable = false, updatable = false)
  private Booth manager;
}
