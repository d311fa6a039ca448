package dev.strata.processor.jpa;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.validation.ValidationReport;
import java.util.List;

/**
 * Checks that a view entity maps to the view: Hibernate looks the entity up under the table name
 * JPA gives it, which must be the view's name, or the application fails at its first query (or at
 * startup with {@code hbm2ddl.auto=validate}), in the schema {@code @Table} names, if any.
 */
public final class ViewEntityNameCheck {

  private final FieldMapper mapper;

  public ViewEntityNameCheck(FieldMapper mapper) {
    this.mapper = mapper;
  }

  public ValidationReport check(List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      if (!view.inRound() || !JpaAnnotations.isEntity(view.element())) {
        continue;
      }
      String schema = JpaAnnotations.tableSchema(view.element());
      String table = JpaAnnotations.qualified(schema, mapper.tableName(view.element()));
      if (table.equalsIgnoreCase(view.name())) {
        continue;
      }
      String given = JpaAnnotations.qualified(schema, JpaAnnotations.name(view.element(), "Table"));
      report.error(
          given.equalsIgnoreCase(view.name())
              ? ViewEntityMessages.viewNamedBeforeNaming(
                  view.className(), given, table, view.name())
              : ViewEntityMessages.entityNotMappedToView(view.className(), table, view.name()),
          view.element(),
          view.annotation(),
          view.nameValue().orElse(null));
    }
    return report;
  }
}
