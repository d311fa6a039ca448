// Test input reconstructed here: the JPA mapping of FilmActorId in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

@Embeddable
public class FilmActorId implements Serializable, Comparable<FilmActorId> {

  @Serial private static final long serialVersionUID = -3335863482033861830L;

  private static final Comparator<FilmActorId> NATURAL_ORDER =
      Comparator.comparing((FilmActorId id) -> id.actorId).thenComparing(id -> id.filmId);

  public static FilmActorId of(final Integer actorId, final Integer filmId) {
    final var instance = new FilmActorId();
    instance.actorId = actorId;
    instance.filmId = filmId;
    return instance;
  }

  public FilmActorId() {
    super();
  }

  @Override
  public boolean equals(final Object obj) {
    if (this == obj) return true;
    if (!(obj instanceof FilmActorId that)) return false;
    return Objects.equals(actorId, that.actorId) && Objects.equals(filmId, that.filmId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actorId, filmId);
  }

  @Override
  public int compareTo(final FilmActorId o) {
    return NATURAL_ORDER.compare(this, o);
  }

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  private Integer actorId;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  private Integer filmId;
}
