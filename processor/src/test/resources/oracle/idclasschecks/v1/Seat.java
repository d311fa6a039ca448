package org.example.idclasschecks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.validation.constraints.Max;

/**
 * Bean Validation on the @Id fields of an @IdClass entity, as Sakila's FilmActor in
 * jinahya/jpa-with-sakila-sample-database has them: Hibernate applies none of them to the schema,
 * while it applies the others' (price).
 */
@Entity
@IdClass(SeatId.class)
public class Seat {
  @Max(99)
  @Id
  @Column(name = "row_no")
  private Integer rowNo;

  @Max(40)
  @Id
  @Column(name = "seat_no")
  private Integer seatNo;

  @Max(500)
  private Integer price;
}
