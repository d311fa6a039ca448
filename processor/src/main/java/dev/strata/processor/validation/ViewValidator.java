package dev.strata.processor.validation;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.SqlIdentifiers;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks the declared views before they enter the schema model: each has SQL, a valid name, and a
 * name no other class uses.
 */
public final class ViewValidator {

  public ValidationReport validate(List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      if (view.sql().isBlank()) {
        report.error(
            ValidationMessages.EMPTY_SQL, view.element(), view.annotation(), view.sqlValue());
      }
      if (!SqlIdentifiers.isValid(view.name())) {
        String message =
            view.nameValue().isPresent()
                ? ValidationMessages.invalidName(view.name())
                : ValidationMessages.invalidDefaultName(view.name(), view.className());
        report.error(message, view.element(), view.annotation(), view.nameValue().orElse(null));
      }
    }
    reportDuplicates(views, report);
    for (DeclaredView view : views) {
      view.renamedFrom().ifPresent(previous -> checkRenamedFrom(view, previous, report));
    }
    reportSharedRenames(views, report);
    return report;
  }

  private static void checkRenamedFrom(
      DeclaredView view, String previous, ValidationReport report) {
    AnnotationValue value = view.renamedFromValue().orElse(null);
    if (previous.isEmpty()) {
      return;
    }
    if (!SqlIdentifiers.isValid(previous)) {
      report.error(
          ValidationMessages.invalidRenamedFrom(previous),
          view.element(),
          view.annotation(),
          value);
    } else if (previous.equalsIgnoreCase(view.name())) {
      report.error(
          ValidationMessages.renamedFromItself(previous), view.element(), view.annotation(), value);
    }
  }

  private static void reportSharedRenames(List<DeclaredView> views, ValidationReport report) {
    Map<String, DeclaredView> first = new HashMap<>();
    List<DeclaredView> byClass =
        views.stream().sorted(Comparator.comparing(DeclaredView::className)).toList();
    for (DeclaredView view : byClass) {
      String previous = view.renamedFrom().orElse("");
      if (previous.isEmpty()) {
        continue;
      }
      DeclaredView other = first.putIfAbsent(previous.toLowerCase(Locale.ROOT), view);
      if (other != null) {
        report.error(
            ValidationMessages.renamedFromTwice(previous, other.className()),
            view.element(),
            view.annotation(),
            view.renamedFromValue().orElse(null));
      }
    }
  }

  private static void reportDuplicates(List<DeclaredView> views, ValidationReport report) {
    Map<String, DeclaredView> first = new HashMap<>();
    // sorted: which class is reported must not depend on the order javac hands them over
    List<DeclaredView> byClass =
        views.stream().sorted(Comparator.comparing(DeclaredView::className)).toList();
    for (DeclaredView view : byClass) {
      // case-insensitive: most databases fold unquoted names, so Foo and foo would collide
      DeclaredView other = first.putIfAbsent(view.name().toLowerCase(Locale.ROOT), view);
      if (other != null) {
        report.error(
            ValidationMessages.duplicateName(view.name(), other.className()),
            view.element(),
            view.annotation(),
            view.nameValue().orElse(null));
      }
    }
  }
}
