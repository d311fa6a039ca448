// Test input reconstructed here: the JPA mapping of Payment in the Sakila sample database
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
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
@Table(name = Payment.TABLE_NAME)
public class Payment extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "payment";

  public static final String COLUMN_NAME_PAYMENT_ID = "payment_id";

  public static final String COLUMN_NAME_CUSTOMER_ID = Customer.COLUMN_NAME_CUSTOMER_ID;

  public static final String COLUMN_NAME_STAFF_ID = Staff.COLUMN_NAME_STAFF_ID;

  public static final String COLUMN_NAME_RENTAL_ID = Rental.COLUMN_NAME_RENTAL_ID;

  public static final String COLUMN_NAME_AMOUNT = "amount";

  public static final int COLUMN_PRECISION_AMOUNT = 5;

  public static final int COLUMN_SCALE_AMOUNT = 2;

  public Payment() {
    super();
  }

  @Override
  Integer identifier() {
    return paymentId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_PAYMENT_ID, nullable = false, insertable = true, updatable = false)
  private Integer paymentId;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_CUSTOMER_ID, nullable = false)
  private Integer customerId;

  @Max(_DomainConstants.MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_STAFF_ID, nullable = false, updatable = false)
  private Integer staffId;

  @Basic(optional = true)
  @Column(name = COLUMN_NAME_RENTAL_ID, nullable = true, updatable = false)
  private Integer rentalId;

  @NotNull
  @Basic(optional = false)
  @Column(
      name = COLUMN_NAME_AMOUNT,
      nullable = false,
      scale = COLUMN_SCALE_AMOUNT,
      precision = COLUMN_PRECISION_AMOUNT,
      updatable = false)
  private BigDecimal amount;

  @Basic(optional = false)
  @Column(name = "payment_date", nullable = false, insertable = false, updatable = false)
  private LocalDateTime paymentDate;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_CUSTOMER_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Customer customer;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_STAFF_ID, nullable = false, insertable = false, updatable = false)
  private Staff staff;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_RENTAL_ID, nullable = true, insertable = false, updatable = false)
  private Rental rental;
}
