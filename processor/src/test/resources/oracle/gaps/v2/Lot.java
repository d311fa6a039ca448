package org.example.gaps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An entity with a composite key, keying maps through @MapKeyJoinColumns. */
@Entity
@IdClass(LotId.class)
public class Lot {
  @Id private String site;

  @Id private int number;
}
