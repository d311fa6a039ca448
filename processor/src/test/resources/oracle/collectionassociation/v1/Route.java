package org.example.collectionassociation;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/**
 * Element collections of an embeddable with associations: each collection table has the foreign
 * keys of the embeddable's join columns, as Hibernate exports them.
 */
@Entity
public class Route {
  @Id private Long id;

  @ElementCollection @OrderColumn private List<Stop> stops;

  @ElementCollection private Set<Stop> detours;
}
