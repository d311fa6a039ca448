package dev.strata.processor.jpa;

import dev.strata.processor.BoundField;
import dev.strata.processor.validation.ValidationReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Where the JPA stages report a mapping Strata cannot realise exactly. When Strata migrates the
 * tables ({@code -Astrata.tables=true}) it is an error on the element: a table without the column
 * would differ from Hibernate's. When tables only serve to check views, it is a warning. Each
 * finding is reported once, however many entities inherit the field from a mapped superclass.
 */
public final class MappingReport {

  private final ValidationReport report;
  private final boolean tables;
  private final Set<List<Object>> reported = new HashSet<>();

  /**
   * @param tables whether Strata migrates the tables, so that what it cannot realise is an error
   */
  public MappingReport(ValidationReport report, boolean tables) {
    this.report = report;
    this.tables = tables;
  }

  /** A mapping Strata cannot realise as Hibernate does. */
  void unsupported(String message, Element element, AnnotationMirror annotation) {
    // elements of one compilation are canonical, so identity tells the same field apart; a field
    // bound in each entity is the one its class declares
    if (reported.add(List.of(BoundField.declared(element), message))) {
      if (tables) {
        report.error(message + JpaMessages.WAYS_OUT, element, annotation, null);
      } else {
        report.warning(message + JpaMessages.LEFT_OUT, element, annotation, null);
      }
    }
  }

  /**
   * A mapping Hibernate itself ignores, which its author may believe has an effect: a warning when
   * Strata migrates the tables, as their schema is Hibernate's either way.
   */
  void ignoredByHibernate(String message, Element element, AnnotationMirror annotation) {
    if (tables && reported.add(List.of(BoundField.declared(element), message))) {
      report.warning(message, element, annotation, null);
    }
  }

  /** The report the findings go to. */
  public ValidationReport report() {
    return report;
  }
}
