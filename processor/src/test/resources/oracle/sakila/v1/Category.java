// Test input reconstructed here: the JPA mapping of Category in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import static jakarta.persistence.GenerationType.IDENTITY;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Entity
@Table(name = Category.TABLE_NAME)
public class Category extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "category";

  public static final String COLUMN_NAME_CATEGORY_ID = "category_id";

  public Category() {
    super();
  }

  @Override
  Integer identifier() {
    return categoryId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = IDENTITY)
  @Column(name = COLUMN_NAME_CATEGORY_ID, nullable = false, insertable = true, updatable = false)
  private Integer categoryId;

  @NotNull
  @Basic(optional = false)
  @Column(name = "name", nullable = false, length = 25)
  private String name;
}
