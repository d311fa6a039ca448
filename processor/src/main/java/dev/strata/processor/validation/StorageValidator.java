package dev.strata.processor.validation;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.DeclaredStorage;
import dev.strata.processor.DeclaredStorage.DeclaredIndex;
import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.SqlIdentifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks how each view declares its storage before it enters the model: indexes and {@code withData
 * = false} only on a materialized view, every index with columns and a name of its own, and no
 * plain view's option on a materialized view.
 */
public final class StorageValidator {

  public ValidationReport validate(List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      DeclaredStorage storage = view.storage();
      if (!storage.materialized() && !storage.withData()) {
        report.error(
            ValidationMessages.WITH_DATA_NOT_MATERIALIZED, view.element(), view.annotation(), null);
      }
      if (storage.materialized()) {
        refuseViewOptions(view, report);
      }
      Set<String> names = new HashSet<>();
      for (DeclaredIndex index : storage.indexes()) {
        String message = indexProblem(view, index, names);
        if (message != null) {
          report.error(message, view.element(), view.annotation(), index.value());
        }
      }
    }
    return report;
  }

  /** Options are a plain view's: each set on a materialized view is an error. */
  private static void refuseViewOptions(DeclaredView view, ValidationReport report) {
    for (String attribute : view.options().attributes()) {
      report.error(
          ValidationMessages.optionOnMaterialized(attribute, view.name()),
          view.element(),
          view.annotation(),
          AnnotationMirrors.value(view.annotation(), attribute).orElse(null));
    }
  }

  private static String indexProblem(DeclaredView view, DeclaredIndex index, Set<String> names) {
    if (!view.storage().materialized()) {
      return ValidationMessages.indexNotMaterialized(view.name());
    }
    if (index.columns().isEmpty()) {
      return ValidationMessages.INDEX_WITHOUT_COLUMNS;
    }
    if (!SqlIdentifiers.isValid(index.name()) || index.name().contains(".")) {
      return ValidationMessages.invalidIndexName(index.name());
    }
    if (!names.add(index.name().toLowerCase(Locale.ROOT))) {
      return ValidationMessages.duplicateIndexName(index.name(), view.name());
    }
    return null;
  }
}
