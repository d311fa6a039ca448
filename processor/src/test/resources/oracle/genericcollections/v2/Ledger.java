package org.example.genericcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** A generic embeddable as an element collection's element. */
@Entity
public class Ledger {
  @Id private Long id;

  @ElementCollection private List<Amount<String>> entries;
}
