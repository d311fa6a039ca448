// Test input reconstructed here: the JPA mapping of FilmCategory in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Entity
@Table(name = FilmCategory.TABLE_NAME)
public class FilmCategory extends _BaseEntity<FilmCategoryId> {

  public static final String TABLE_NAME = "film_category";

  public static final String COLUMN_NAME_FILM_ID = Film.COLUMN_NAME_FILM_ID;

  public static final String COLUMN_NAME_CATEGORY_ID = Category.COLUMN_NAME_CATEGORY_ID;

  public FilmCategory() {
    super();
  }

  @Override
  FilmCategoryId identifier() {
    return id;
  }

  @Valid @NotNull @EmbeddedId private FilmCategoryId id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_FILM_ID, nullable = false, insertable = false, updatable = false)
  private Film film;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_CATEGORY_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Category category;
}
