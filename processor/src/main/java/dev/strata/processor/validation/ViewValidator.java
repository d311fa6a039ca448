package dev.strata.processor.validation;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.ClassFileStrings;
import dev.strata.processor.model.SqlIdentifiers;
import dev.strata.processor.model.Utf8Text;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Checks the declared views before they enter the schema model: each has SQL, a valid name, and a
 * name no other class uses.
 */
public final class ViewValidator {

  public ValidationReport validate(List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      checkSql(view.sql(), report, view.element(), view.annotation(), view.sqlValue());
      if (!SqlIdentifiers.isValid(view.name())) {
        String message =
            view.nameValue().isPresent()
                ? ValidationMessages.invalidName(view.name())
                : ValidationMessages.invalidDefaultName(view.name(), view.className());
        report.error(message, view.element(), view.annotation(), view.nameValue().orElse(null));
      }
    }
    reportCollisions(
        views,
        view -> Optional.of(view.name()),
        ValidationMessages::duplicateName,
        DeclaredView::nameValue,
        report);
    for (DeclaredView view : views) {
      view.renamedFrom().ifPresent(previous -> checkRenamedFrom(view, previous, report));
    }
    reportCollisions(
        views,
        view -> view.renamedFrom().filter(previous -> !previous.isEmpty()),
        ValidationMessages::renamedFromTwice,
        DeclaredView::renamedFromValue,
        report);
    return report;
  }

  /** Reports a query that is empty, too long for a class file, or not valid UTF-16 text. */
  static void checkSql(
      String sql,
      ValidationReport report,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    if (sql.isBlank()) {
      report.error(ValidationMessages.EMPTY_SQL, element, annotation, value);
    }
    if (!ClassFileStrings.fits(sql)) {
      report.error(
          ValidationMessages.sqlTooLong(ClassFileStrings.bytes(sql)), element, annotation, value);
    }
    int surrogate = Utf8Text.loneSurrogate(sql);
    if (surrogate >= 0) {
      report.error(
          ValidationMessages.loneSurrogate(sql.charAt(surrogate), surrogate),
          element,
          annotation,
          value);
    }
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

  /**
   * Reports every view that claims a name an earlier class already claimed, on the value that
   * claims it, naming the earlier class.
   */
  private static void reportCollisions(
      List<DeclaredView> views,
      Function<DeclaredView, Optional<String>> claim,
      BiFunction<String, String, String> message,
      Function<DeclaredView, Optional<AnnotationValue>> value,
      ValidationReport report) {
    Map<String, DeclaredView> first = new HashMap<>();
    // sorted: which class is reported must not depend on the order javac hands them over
    List<DeclaredView> byClass =
        views.stream().sorted(Comparator.comparing(DeclaredView::className)).toList();
    for (DeclaredView view : byClass) {
      Optional<String> name = claim.apply(view);
      // case-insensitive: most databases fold unquoted names, so Foo and foo would collide
      DeclaredView other =
          name.map(claimed -> first.putIfAbsent(claimed.toLowerCase(Locale.ROOT), view))
              .orElse(null);
      if (other != null) {
        report.error(
            message.apply(name.get(), other.className()),
            view.element(),
            view.annotation(),
            value.apply(view).orElse(null));
      }
    }
  }
}
