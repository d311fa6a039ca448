// Test input reconstructed here: the JPA mapping of Actor in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Entity
@Table(
    name = Actor.TABLE_NAME,
    indexes = {@Index(columnList = Actor.COLUMN_NAME_LAST_NAME)})
public class Actor extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "actor";

  public static final String COLUMN_NAME_ACTOR_ID = "actor_id";

  public static final String COLUMN_NAME_LAST_NAME = "last_name";

  public static final int COLUMN_LENGTH_LAST_NAME = 45;

  public Actor() {
    super();
  }

  @Override
  Integer identifier() {
    return actorId;
  }

  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_ACTOR_ID, nullable = false, insertable = true, updatable = false)
  private Integer actorId;

  @NotNull
  @Basic(optional = false)
  @Column(name = "first_name", nullable = false, length = 45)
  private String firstName;

  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_LAST_NAME, nullable = false, length = COLUMN_LENGTH_LAST_NAME)
  private String lastName;
}
