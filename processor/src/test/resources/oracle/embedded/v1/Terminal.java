package org.example.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * An embedding with a pattern around collections ({@link Holdings}): an override of one's column
 * from the embedding field is inside the pattern too ({@code a_score}).
 */
@Entity
public class Terminal {
  @Id private Long id;

  @Embedded
  @EmbeddedColumnNaming("a_%s")
  @AttributeOverride(name = "scores", column = @Column(name = "score"))
  private Holdings first;
}
