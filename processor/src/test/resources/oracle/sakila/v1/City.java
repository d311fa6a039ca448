// Test input reconstructed here: the JPA mapping of City in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import static org.example.sakila._DomainConstants.MAX_SMALLINT_UNSIGNED;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Entity
@Table(name = City.TABLE_NAME)
public class City extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "city";

  public static final String COLUMN_NAME_CITY_ID = "city_id";

  public static final String COLUMN_NAME_COUNTRY_ID = "country_id";

  public City() {
    super();
  }

  @Override
  Integer identifier() {
    return cityId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_CITY_ID, nullable = false, insertable = true, updatable = false)
  private Integer cityId;

  @NotNull
  @Basic(optional = false)
  @Column(name = "city", nullable = false, length = 50)
  private String city;

  @Max(MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_COUNTRY_ID, nullable = false)
  private Integer countryId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_COUNTRY_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Country country;
}
