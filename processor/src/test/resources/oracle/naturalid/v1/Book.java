package org.example.naturalid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NaturalId;

/** A natural id of three attributes, which Hibernate's unique constraint orders by name. */
@Entity
public class Book {
  @Id private Long id;

  @NaturalId private String title;

  @NaturalId @ManyToOne private Shelf shelfPlace;

  @NaturalId(mutable = true)
  private int edition;

  private String blurb;
}
