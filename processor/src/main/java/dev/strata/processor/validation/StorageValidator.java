package dev.strata.processor.validation;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.DeclaredStorage;
import dev.strata.processor.DeclaredStorage.DeclaredIndex;
import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.SqlIdentifiers;
import java.util.Comparator;
import java.util.List;

/**
 * Checks how each view declares its storage before it enters the model: indexes and {@code withData
 * = false} only on a materialized view, every index with columns and a name no other index of the
 * module has in its schema, and no plain view's option on a materialized view.
 */
public final class StorageValidator {

  public ValidationReport validate(List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    IndexNamespace indexNames = new IndexNamespace();
    // sorted: which of two indexes of one name is reported must not depend on javac's order
    List<DeclaredView> byClass =
        views.stream().sorted(Comparator.comparing(DeclaredView::className)).toList();
    for (DeclaredView view : byClass) {
      DeclaredStorage storage = view.storage();
      if (!storage.materialized() && !storage.withData()) {
        report.error(
            ValidationMessages.WITH_DATA_NOT_MATERIALIZED, view.element(), view.annotation(), null);
      }
      if (storage.materialized()) {
        refuseViewOptions(view, report);
      }
      for (DeclaredIndex index : storage.indexes()) {
        String message = indexProblem(view, index, indexNames);
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

  private static String indexProblem(
      DeclaredView view, DeclaredIndex index, IndexNamespace indexNames) {
    if (!view.storage().materialized()) {
      return ValidationMessages.indexNotMaterialized(view.name());
    }
    if (index.columns().isEmpty()) {
      return ValidationMessages.INDEX_WITHOUT_COLUMNS;
    }
    if (!SqlIdentifiers.isValid(index.name()) || index.name().contains(".")) {
      return ValidationMessages.invalidIndexName(index.name());
    }
    return indexNames.claim(view, index);
  }
}
