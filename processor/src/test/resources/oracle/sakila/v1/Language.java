// Test input reconstructed here: the JPA mapping of Language in the Sakila sample database
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
import jakarta.validation.constraints.Positive;

@Entity
@Table(name = Language.TABLE_NAME)
public class Language extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "language";

  public static final String COLUMN_NAME_LANGUAGE_ID = "language_id";

  public static final String COLUMN_NAME_NAME = "name";

  public static final int COLUMN_LENGTH_NAME = 20;

  public Language() {
    super();
  }

  @Override
  Integer identifier() {
    return languageId;
  }

  @Positive
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_LANGUAGE_ID, nullable = false, insertable = true, updatable = false)
  private Integer languageId;

  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_NAME, nullable = false, length = COLUMN_LENGTH_NAME)
  private String name;
}
