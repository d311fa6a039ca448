// Test input reconstructed here: the JPA mapping of __BaseEntity in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class __BaseEntity<ID extends Comparable<? super ID>> {

  __BaseEntity() {
    super();
  }

  abstract ID identifier();
}
