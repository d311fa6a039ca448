package com.example.unsupported;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

/**
 * One embeddable embedded twice, its columns overridden but its collection's table named after the
 * field in both.
 */
@Entity
public class TwiceEmbeddedTags {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "label", column = @Column(name = "planned_label"))
  private Labels planned;

  @Embedded
  @AttributeOverride(name = "label", column = @Column(name = "actual_label"))
  private Labels actual;

  @Embeddable
  public static class Labels {
    private String label;

    @ElementCollection private Set<String> tags;
  }
}
