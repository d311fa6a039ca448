// Test input reconstructed here: the JPA mapping of FilmActor in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@IdClass(FilmActorId.class)
@Entity
@Table(name = FilmActor.TABLE_NAME)
public class FilmActor extends _BaseEntity<FilmActorId> {

  public static final String TABLE_NAME = "film_actor";

  public static final String COLUMN_NAME_ACTOR_ID = Actor.COLUMN_NAME_ACTOR_ID;

  public static final String COLUMN_NAME_FILM_ID = Film.COLUMN_NAME_FILM_ID;

  public FilmActor() {
    super();
  }

  @Override
  FilmActorId identifier() {
    return FilmActorId.of(actorId, filmId);
  }

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Id
  @Column(name = COLUMN_NAME_ACTOR_ID, nullable = false)
  private Integer actorId;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Id
  @Column(name = COLUMN_NAME_FILM_ID, nullable = false)
  private Integer filmId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_ACTOR_ID, nullable = false, insertable = false, updatable = false)
  private Actor actor;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = COLUMN_NAME_FILM_ID, nullable = false, insertable = false, updatable = false)
  private Film film;
}
