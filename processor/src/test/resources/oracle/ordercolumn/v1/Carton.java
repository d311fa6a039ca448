package org.example.ordercolumn;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The owning side of Shelf's ordered lists, whose table holds their order columns. */
@Entity
public class Carton {
  @Id private Long id;

  @ManyToOne private Shelf shelf;

  @ManyToOne private Shelf spare;
}
