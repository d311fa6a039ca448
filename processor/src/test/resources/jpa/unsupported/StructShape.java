package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Struct;

/** An embeddable Hibernate stores as one column of a user-defined type, not as its fields. */
@Entity
public class StructShape {
  @Id private Long id;

  private Point origin;

  /** A point, a structured type of the database. */
  @Embeddable
  @Struct(name = "point_type")
  public static class Point {
    private Integer x;

    private Integer y;
  }
}
