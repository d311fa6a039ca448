package org.example.collections;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The number renamed, in the collection tables of the embeddings too. */
@Embeddable
public class Phone {
  @Column(length = 10)
  private String kind;

  @Column(length = 30)
  @RenamedFrom("number")
  private String digits;
}
