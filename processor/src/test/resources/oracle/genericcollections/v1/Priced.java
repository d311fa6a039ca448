package org.example.genericcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;

/** A generic embeddable whose type argument is a type variable that the entity binds. */
@MappedSuperclass
public abstract class Priced<C> {
  @Id private Long id;

  @Embedded private Amount<C> price;

  @ElementCollection private List<Amount<C>> entries;
}
