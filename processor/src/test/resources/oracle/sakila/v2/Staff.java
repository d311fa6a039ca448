// Test input reconstructed here: the JPA mapping of Staff in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.annotations.Check;

@Entity
@Table(name = Staff.TABLE_NAME)
public class Staff extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "staff";

  public static final String COLUMN_NAME_STAFF_ID = "staff_id";

  public static final String COLUMN_NAME_ADDRESS_ID = Address.COLUMN_NAME_ADDRESS_ID;

  public static final String COLUMN_NAME_STORE_ID = Store.COLUMN_NAME_STORE_ID;

  public static final String COLUMN_NAME_ACTIVE = "active";

  public static final boolean COLUMN_VALUE_ACTIVE_TRUE = true;

  public Staff() {
    super();
  }

  @Override
  Integer identifier() {
    return staffId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_STAFF_ID, nullable = false, insertable = true, updatable = false)
  private Integer staffId;

  @NotNull
  @Basic(optional = false)
  @Column(name = "first_name", nullable = false, length = 45)
  private String firstName;

  @NotNull
  @Basic(optional = false)
  @Column(name = "last_name", nullable = false, length = 45)
  private String lastName;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_ADDRESS_ID, nullable = false)
  private Integer addressId;

  @Valid
  @NotNull
  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_ADDRESS_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Address address;

  @Basic(optional = true)
  @Column(name = "picture", nullable = true)
  private byte[] picture;

  @Email
  @Basic(optional = true)
  @Column(name = "email", nullable = true, length = 50)
  private String email;

  @Max(_DomainConstants.MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_STORE_ID, nullable = false)
  private Integer storeId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_STORE_ID, nullable = false, insertable = false, updatable = false)
  private Store store;

  @Check(constraints = "active in (0,1)")
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_ACTIVE, nullable = false)
  private Integer active = 1;

  @NotNull
  @Basic(optional = false)
  @Column(name = "username", nullable = false, length = 16, updatable = false)
  private String username;

  @Basic(optional = true)
  @Column(name = "password", nullable = true, length = 40)
  private String password;

  @Column(name = "reports_to_id", nullable = true)
  private Integer reportsToId;
}
