// Test input reconstructed here: the JPA mapping of _BaseEntity in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.sql.Timestamp;

@MappedSuperclass
public abstract class _BaseEntity<ID extends Comparable<? super ID>> extends __BaseEntity<ID> {

  _BaseEntity() {
    super();
  }

  @Basic(optional = false)
  @Column(
      name = _DomainConstants.COLUMN_NAME_LAST_UPDATE,
      nullable = false,
      insertable = false,
      updatable = false)
  private Timestamp lastUpdate;
}
