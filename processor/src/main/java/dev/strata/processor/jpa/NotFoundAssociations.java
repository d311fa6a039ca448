package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Hibernate's {@code @NotFound}: an association whose target row may be missing, to which Hibernate
 * writes no foreign key (with either action), so that such a row can be stored. It refuses to start
 * on one anywhere but on a {@code @ManyToOne}, {@code @OneToOne} or {@code @ManyToMany}.
 */
final class NotFoundAssociations {

  private static final String NOT_FOUND = "org.hibernate.annotations.NotFound";

  private NotFoundAssociations() {}

  /** Whether the association's columns refer to its target through a foreign key. */
  static boolean constrained(Element field) {
    return !AnnotationMirrors.has(field, NOT_FOUND);
  }

  /**
   * Whether the field's {@code @NotFound} ignores missing rows ({@code action = IGNORE}): the join
   * table of a to-one under it has no foreign key to its owner either (measured).
   */
  static boolean ignored(Element field) {
    return AnnotationMirrors.find(field, NOT_FOUND)
        .flatMap(notFound -> AnnotationMirrors.enumConstant(notFound, "action"))
        .filter("IGNORE"::equals)
        .isPresent();
  }

  /** Whether the field's {@code @NotFound}, if any, is on an association Hibernate takes. */
  static boolean supported(Element field, MappingReport report) {
    Optional<AnnotationMirror> notFound = AnnotationMirrors.find(field, NOT_FOUND);
    if (notFound.isEmpty() || JpaAnnotations.has(field, "ManyToOne", "OneToOne", "ManyToMany")) {
      return true;
    }
    report.unsupported(AssociationMessages.misplacedNotFound(), field, notFound.get());
    return false;
  }
}
