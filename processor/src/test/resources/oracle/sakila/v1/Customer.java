// Test input reconstructed here: the JPA mapping of Customer in the Sakila sample database
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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDateTime;

@Entity
@Table(name = Customer.TABLE_NAME)
public class Customer extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "customer";

  public static final String COLUMN_NAME_CUSTOMER_ID = "customer_id";

  public static final String COLUMN_NAME_STORE_ID = Store.COLUMN_NAME_STORE_ID;

  public static final String COLUMN_NAME_ADDRESS_ID = Address.COLUMN_NAME_ADDRESS_ID;

  public static final String COLUMN_NAME_ACTIVE = "active";

  public static final String COLUMN_NAME_CREATE_DATE = "create_date";

  public Customer() {
    super();
  }

  @Override
  Integer identifier() {
    return customerId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_CUSTOMER_ID, nullable = false, insertable = true, updatable = false)
  private Integer customerId;

  @Max(_DomainConstants.MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_STORE_ID, nullable = false)
  private Integer storeId;

  @NotNull
  @Basic(optional = false)
  @Column(name = "first_name", nullable = false, length = 45)
  private String firstName;

  @NotNull
  @Basic(optional = false)
  @Column(name = "last_name", nullable = false, length = 45)
  private String lastName;

  @Email
  @Basic(optional = true)
  @Column(name = "email", nullable = true, length = 50)
  private String email;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_ADDRESS_ID, nullable = false)
  private Integer addressId;

  @Max(Byte.MAX_VALUE)
  @Min(Byte.MIN_VALUE)
  @NotNull
  @Basic(optional = false)
  @Column(name = "active", nullable = false)
  private Integer active;

  @Basic(optional = false)
  @Column(name = "create_date", nullable = false, insertable = false, updatable = false)
  private LocalDateTime createDate;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_STORE_ID, nullable = false, insertable = false, updatable = false)
  private Store store;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_ADDRESS_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Address address;
}
