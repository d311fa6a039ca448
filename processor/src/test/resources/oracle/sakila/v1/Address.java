// Test input reconstructed here: the JPA mapping of Address in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Entity
@Table(name = Address.TABLE_NAME)
public class Address extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "address";

  public static final String COLUMN_NAME_ADDRESS_ID = "address_id";

  public static final String COLUMN_NAME_CITY_ID = City.COLUMN_NAME_CITY_ID;

  public static final String COLUMN_NAME_LOCATION = "location";

  public Address() {
    super();
  }

  @Override
  Integer identifier() {
    return addressId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_ADDRESS_ID, nullable = false, insertable = true, updatable = false)
  private Integer addressId;

  @NotNull
  @Basic(optional = false)
  @Column(name = "address", nullable = false, length = 50)
  private String address;

  @Basic(optional = true)
  @Column(name = "address2", nullable = true, length = 50)
  private String address2;

  @NotNull
  @Basic(optional = false)
  @Column(name = "district", nullable = false, length = 20)
  private String district;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_CITY_ID, nullable = false)
  private Integer cityId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_CITY_ID, nullable = false, insertable = false, updatable = false)
  private City city;

  @Basic(optional = true)
  @Column(name = "postal_code", nullable = true, length = 10)
  private String postalCode;

  @NotNull
  @Basic(optional = false)
  @Column(name = "phone", nullable = false, length = 20)
  private String phone;

  @NotNull
  @Lob
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_LOCATION, nullable = false)
  private byte[] location;

  @Convert(converter = _DomainConverters.GeometryConverter.class)
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_LOCATION, nullable = false, insertable = false, updatable = false)
  private _DomainTypes.Geometry locationGeometry;
}
