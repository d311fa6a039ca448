package dev.strata.processor.jpa;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.validation.ValidationReport;
import dev.strata.processor.verify.TypeCategory;
import dev.strata.processor.verify.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the columns a view returns with the fields of the entity mapped onto it: a field with no
 * column, of another type family, or of an integer wider than the column's, is an error on the
 * field; a column no field reads is a warning on the class.
 */
public final class ColumnMatcher {

  /** The integer types, narrowest first, as H2 names a result's and Strata a field's. */
  private static final List<String> INTEGER_WIDTHS =
      List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT");

  private final FieldMapper mapper;

  public ColumnMatcher(FieldMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * @param returned by view name, the columns each view's query returned when it ran
   */
  public ValidationReport match(
      List<DeclaredView> views, Map<String, List<Verdict.ResultColumn>> returned) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      List<Verdict.ResultColumn> columns = returned.get(view.name());
      if (columns != null && JpaAnnotations.isEntity(view.element())) {
        match(view, columns, report);
      }
    }
    return report;
  }

  /**
   * Whether {@code column} is an integer narrower than the one {@code field} maps to: Hibernate's
   * validation takes a wider integer column for a field (a {@code BIGINT} for an {@code Integer}),
   * never a narrower one (an {@code INTEGER} for a {@code Long}: {@code found [integer], but
   * expecting [bigint]}, measured on H2, PostgreSQL and MariaDB).
   */
  private static boolean narrower(Verdict.ResultColumn column, MappedColumn field) {
    int returned = INTEGER_WIDTHS.indexOf(column.typeName().toUpperCase(Locale.ROOT));
    int mapped = INTEGER_WIDTHS.indexOf(field.sqlType().toUpperCase(Locale.ROOT));
    return column.category() == TypeCategory.INTEGRAL && returned >= 0 && returned < mapped;
  }

  private void match(
      DeclaredView view, List<Verdict.ResultColumn> columns, ValidationReport report) {
    Map<String, Verdict.ResultColumn> byName =
        columns.stream()
            .collect(
                Collectors.toMap(Verdict.ResultColumn::name, Function.identity(), (a, b) -> a));
    List<MappedColumn> fields = mapper.columns(view.element(), new MappingReport(report, false));
    for (MappedColumn field : fields) {
      Verdict.ResultColumn column = byName.get(field.name().toLowerCase(Locale.ROOT));
      if (column == null) {
        report.error(
            ViewEntityMessages.fieldWithoutColumn(field, view.name(), columns),
            field.field(),
            null,
            null);
      } else if (!field.category().accepts(column.category())) {
        report.error(
            ViewEntityMessages.fieldTypeMismatch(field, view.name(), column),
            field.field(),
            null,
            null);
      } else if (narrower(column, field)) {
        report.error(
            ViewEntityMessages.narrowerInteger(field, view.name(), column),
            field.field(),
            null,
            null);
      }
    }
    for (Verdict.ResultColumn column : columns) {
      boolean read =
          fields.stream().anyMatch(field -> field.name().equalsIgnoreCase(column.name()));
      if (!read) {
        report.warning(
            ViewEntityMessages.columnWithoutField(view.name(), column.name(), view.className()),
            view.element(),
            view.annotation(),
            null);
      }
    }
  }
}
