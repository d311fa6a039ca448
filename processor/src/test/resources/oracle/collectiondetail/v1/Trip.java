package org.example.collectiondetail;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;

/** An element collection of an embeddable whose columns are constrained. */
@Entity
public class Trip {
  @Id private Long id;

  @ElementCollection @OrderColumn private List<Leg> legs;
}
