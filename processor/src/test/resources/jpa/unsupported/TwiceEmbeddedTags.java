package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

/** One embeddable embedded twice, its collection's table named after the field in both. */
@Entity
public class TwiceEmbeddedTags {
  @Id private Long id;

  @Embedded private Labels planned;

  @Embedded private Labels actual;

  @Embeddable
  public static class Labels {
    @ElementCollection private Set<String> tags;
  }
}
