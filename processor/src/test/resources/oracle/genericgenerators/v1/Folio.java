package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A sequence of the package's @GenericGenerator. */
@Entity
public class Folio {
  @Id
  @GeneratedValue(generator = "folios")
  private Long id;
}
