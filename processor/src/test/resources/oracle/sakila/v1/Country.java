// Test input reconstructed here: the JPA mapping of Country in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Entity
@Table(name = Country.TABLE_NAME)
public class Country extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "country";

  public static final String COLUMN_NAME_COUNTRY_ID = "country_id";

  public static final String COLUMN_NAME_COUNTRY = "country";

  public static final int COLUMN_LENGTH_COUNTRY = 50;

  public Country() {
    super();
  }

  @Override
  Integer identifier() {
    return countryId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_COUNTRY_ID, nullable = false, insertable = true, updatable = false)
  private Integer countryId;

  @NotNull
  @Basic(optional = false)
  @Column(name = "country", nullable = false, length = 50)
  private String country;
}
