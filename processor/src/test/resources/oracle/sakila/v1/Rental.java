// Test input reconstructed here: the JPA mapping of Rental in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import static jakarta.persistence.GenerationType.IDENTITY;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDateTime;

@Entity
@Table(
    name = Rental.TABLE_NAME,
    indexes = {
      @Index(columnList = Rental.COLUMN_NAME_INVENTORY_ID),
      @Index(columnList = Rental.COLUMN_NAME_CUSTOMER_ID),
      @Index(columnList = Rental.COLUMN_NAME_STAFF_ID)
    },
    uniqueConstraints = {
      @UniqueConstraint(
          columnNames = {
            Rental.COLUMN_NAME_RENTAL_DATE,
            Rental.COLUMN_NAME_INVENTORY_ID,
            Rental.COLUMN_NAME_CUSTOMER_ID
          })
    })
public class Rental extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "rental";

  public static final String COLUMN_NAME_RENTAL_ID = "rental_id";

  public static final String COLUMN_NAME_RENTAL_DATE = "rental_date";

  public static final String COLUMN_NAME_INVENTORY_ID = Inventory.COLUMN_NAME_INVENTORY_ID;

  public static final String COLUMN_NAME_CUSTOMER_ID = Customer.COLUMN_NAME_CUSTOMER_ID;

  public static final String COLUMN_NAME_STAFF_ID = Staff.COLUMN_NAME_STAFF_ID;

  public Rental() {
    super();
  }

  @Override
  Integer identifier() {
    return rentalId;
  }

  @Id
  @GeneratedValue(strategy = IDENTITY)
  @Column(name = COLUMN_NAME_RENTAL_ID, nullable = false, insertable = true, updatable = false)
  private Integer rentalId;

  @PastOrPresent
  @Basic(optional = false)
  @Column(name = "rental_date", nullable = false, insertable = false, updatable = false)
  private LocalDateTime rentalDate;

  @Max(_DomainConstants.MAX_MEDIUMINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_INVENTORY_ID, nullable = false, insertable = true, updatable = false)
  private Integer inventoryId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_INVENTORY_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Inventory inventory;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_CUSTOMER_ID, nullable = false, insertable = true, updatable = false)
  private Integer customerId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_CUSTOMER_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Customer customer;

  @PastOrPresent
  @Basic(optional = true)
  @Column(name = "return_date", nullable = true, insertable = false)
  private LocalDateTime returnDate;

  @Max(_DomainConstants.MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_STAFF_ID, nullable = false, updatable = false)
  private Integer staffId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_STAFF_ID, nullable = false, insertable = false, updatable = false)
  private Staff staff;
}
