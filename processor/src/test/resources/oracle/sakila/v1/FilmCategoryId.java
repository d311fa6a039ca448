// Test input reconstructed here: the JPA mapping of FilmCategoryId in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

@Embeddable
public class FilmCategoryId implements Serializable, Comparable<FilmCategoryId> {

  @Serial private static final long serialVersionUID = 3359964322700774044L;

  private static final Comparator<FilmCategoryId> NATUAL_ORDER =
      Comparator.comparing((FilmCategoryId id) -> id.filmId).thenComparing(id -> id.categoryId);

  public FilmCategoryId() {
    super();
  }

  @Override
  public boolean equals(final Object obj) {
    if (this == obj) return true;
    if (!(obj instanceof FilmCategoryId that)) return false;
    return Objects.equals(filmId, that.filmId) && Objects.equals(categoryId, that.categoryId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filmId, categoryId);
  }

  @Override
  public int compareTo(final FilmCategoryId o) {
    return NATUAL_ORDER.compare(this, o);
  }

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Column(name = FilmCategory.COLUMN_NAME_FILM_ID, nullable = false)
  private Integer filmId;

  @Max(_DomainConstants.MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Column(name = FilmCategory.COLUMN_NAME_CATEGORY_ID, nullable = false)
  private Integer categoryId;
}
