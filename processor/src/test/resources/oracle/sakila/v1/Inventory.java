// Test input reconstructed here: the JPA mapping of Inventory in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Entity
@Table(
    name = Inventory.TABLE_NAME,
    indexes = {
      @Index(columnList = Inventory.COLUMN_NAME_FILM_ID),
      @Index(columnList = Inventory.COLUMN_NAME_STORE_ID + ',' + Inventory.COLUMN_NAME_FILM_ID)
    })
public class Inventory extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "inventory";

  public static final String COLUMN_NAME_INVENTORY_ID = "inventory_id";

  public static final String COLUMN_NAME_FILM_ID = Film.COLUMN_NAME_FILM_ID;

  public static final String COLUMN_NAME_STORE_ID = Store.COLUMN_NAME_STORE_ID;

  public Inventory() {
    super();
  }

  @Override
  Integer identifier() {
    return inventoryId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_INVENTORY_ID, nullable = false)
  private Integer inventoryId;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_FILM_ID, nullable = false)
  private Integer filmId;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_STORE_ID, nullable = false)
  private Integer storeId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_FILM_ID, nullable = false, insertable = false, updatable = false)
  private Film film;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_STORE_ID, nullable = false, insertable = false, updatable = false)
  private Store store;
}
