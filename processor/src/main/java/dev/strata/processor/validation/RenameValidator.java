package dev.strata.processor.validation;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.List;
import java.util.Set;

/**
 * Checks that no view still reads a view under the name this version renames away: the rename runs
 * first, so such a reader would fail on the database, long after the build passed.
 */
public final class RenameValidator {

  /**
   * @param committed the schema of the newest snapshot, where the old names still exist
   * @param schema the schema of the code being compiled
   */
  public ValidationReport validate(Schema committed, Schema schema, List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    for (ViewDefinition renamed : schema.views()) {
      if (renamed.renamedFrom().isEmpty()) {
        continue;
      }
      String oldName = renamed.renamedFrom().get();
      if (committed.view(oldName).isEmpty() || schema.view(oldName).isPresent()) {
        continue;
      }
      Set<String> readers = schema.dependencies().viewsNaming(oldName);
      for (DeclaredView reader : views) {
        if (readers.contains(reader.name()) && !reader.name().equals(renamed.name())) {
          report.error(
              ValidationMessages.readsRenamedView(reader.name(), oldName, renamed.name()),
              reader.element(),
              reader.annotation(),
              reader.sqlValue());
        }
      }
    }
    return report;
  }
}
