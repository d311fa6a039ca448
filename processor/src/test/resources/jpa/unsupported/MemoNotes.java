package com.example.unsupported;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

/** Two collections of one entity naming one collection table. */
@Entity
public class MemoNotes {
  @Id private Long id;

  @ElementCollection
  @CollectionTable(name = "memo_notes")
  private Set<String> drafts;

  @ElementCollection
  @CollectionTable(name = "memo_notes")
  private Set<String> finals;
}
