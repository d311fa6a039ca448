package org.example.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * An embedding with a pattern around collections ({@link Holdings}): an override of one's column
 * from the embedding field is inside the pattern too ({@code aTerm_score}); the patterns are
 * written in camel case, which Spring Boot's naming turns into {@code a_term_score}, as Hibernate
 * names the patterned column first.
 */
@Entity
public class Terminal {
  @Id private Long id;

  @Embedded
  @EmbeddedColumnNaming("aTerm_%s")
  @AttributeOverride(name = "scores", column = @Column(name = "score"))
  private Holdings first;
}
