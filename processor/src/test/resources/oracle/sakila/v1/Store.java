// Test input reconstructed here: the JPA mapping of Store in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import static jakarta.persistence.GenerationType.IDENTITY;
import static org.example.sakila._DomainConstants.MAX_TINYINT_UNSIGNED;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Entity
@Table(name = Store.TABLE_NAME)
public class Store extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "store";

  public static final String COLUMN_NAME_STORE_ID = "store_id";

  public static final String COLUMN_NAME_MANAGER_STAFF_ID = "manager_staff_id";

  public static final String COLUMN_NAME_ADDRESS_ID = Address.COLUMN_NAME_ADDRESS_ID;

  public Store() {
    super();
  }

  @Override
  Integer identifier() {
    return storeId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = IDENTITY)
  @Column(name = COLUMN_NAME_STORE_ID, nullable = false, insertable = true, updatable = false)
  private Integer storeId;

  @Max(MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_MANAGER_STAFF_ID, nullable = false)
  private Integer managerStaffId;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_ADDRESS_ID, nullable = false)
  private Integer addressId;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_MANAGER_STAFF_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Staff managerStaff;

  @NotNull
  @Valid
  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_ADDRESS_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Address address;
}
