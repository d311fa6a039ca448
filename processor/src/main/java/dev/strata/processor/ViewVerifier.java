package dev.strata.processor;

import dev.strata.processor.model.Schema;
import dev.strata.processor.verify.QueryVerifier;
import dev.strata.processor.verify.Verdict;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Checks each view of the round at compile time: its query runs on H2 against the module's tables,
 * and, for a view entity, its columns match the entity's fields.
 */
final class ViewVerifier {

  private final ProcessorOptions options;
  private final FieldMapper mapper;

  ViewVerifier(ProcessorOptions options, FieldMapper mapper) {
    this.options = options;
    this.mapper = mapper;
  }

  ValidationReport verify(Schema schema, List<DeclaredView> views) throws SQLException {
    ValidationReport report = new ValidationReport();
    if (!options.verify() || views.stream().noneMatch(DeclaredView::inRound)) {
      return report;
    }
    if (schema.tables().isEmpty()) {
      report.note(Messages.NOT_VERIFIED_WITHOUT_ENTITIES, null, null, null);
      return report;
    }
    Map<String, List<String>> external = new HashMap<>();
    Set<String> unverified = new HashSet<>();
    for (DeclaredView view : views) {
      external.put(view.name(), view.externalTables());
      if (!view.verify()) {
        unverified.add(view.name());
      }
    }
    Map<String, Verdict> verdicts =
        new QueryVerifier(options.dialect()).verify(schema, external, unverified);
    for (DeclaredView view : views) {
      if (view.inRound()) {
        report(view, verdicts.get(view.name()), report);
      }
    }
    return report;
  }

  private void report(DeclaredView view, Verdict verdict, ValidationReport report) {
    if (verdict instanceof Verdict.Failed failed) {
      report.error(
          Messages.viewFailsOnH2(
              view.name(), options.dialect().display(), failed.databaseMessage()),
          view.element(),
          view.annotation(),
          view.sqlValue());
    } else if (verdict instanceof Verdict.ReadsUndeclared undeclared) {
      report.error(
          Messages.readsUndeclaredTables(view.name(), undeclared.tables()),
          view.element(),
          view.annotation(),
          view.sqlValue());
    } else if (verdict instanceof Verdict.Passed passed && isEntity(view.element())) {
      new ColumnMatcher(mapper, report).match(view, passed.columns());
    }
  }

  private static boolean isEntity(TypeElement type) {
    return FieldMapper.jpa(type, "Entity");
  }
}
