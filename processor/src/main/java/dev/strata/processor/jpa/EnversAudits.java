package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Hibernate Envers' {@code @Audited}, on an entity, a mapped superclass above it or a field: with
 * Envers on the class path, Hibernate's export creates an audit table of each audited entity
 * ({@code <table>_AUD}, keyed by the entity's key and the revision {@code REV}, with {@code
 * REVTYPE} and the audited columns) and the revisions' table {@code REVINFO} with its sequence,
 * none of which Strata creates yet; without this report the build passed and Hibernate's validation
 * failed on the missing tables at the application's start.
 */
final class EnversAudits {

  private static final String AUDITED = "org.hibernate.envers.Audited";

  private EnversAudits() {}

  /**
   * Whether neither the class nor a class above it is audited; reports the annotation if one is.
   */
  static boolean classSupported(TypeElement type, MappingReport report) {
    for (TypeElement at = type; at != null; at = JpaTypes.typeElement(at.getSuperclass())) {
      if (!supported(at, report)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the element is not audited; reports the annotation if it is. */
  static boolean supported(Element element, MappingReport report) {
    Optional<AnnotationMirror> audited = AnnotationMirrors.find(element, AUDITED);
    audited.ifPresent(
        annotation ->
            report.unsupported(
                JpaMessages.unsupported(
                    "Hibernate Envers' @Audited, whose audit tables Hibernate's export creates"
                        + " (<table>_AUD of each audited entity, with REV and REVTYPE, and"
                        + " REVINFO)"),
                element,
                annotation));
    return audited.isEmpty();
  }
}
