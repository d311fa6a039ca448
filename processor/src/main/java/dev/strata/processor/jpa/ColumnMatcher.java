package dev.strata.processor.jpa;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.validation.ValidationReport;
import dev.strata.processor.verify.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the columns a view returns with the fields of the entity mapped onto it: a field with no
 * column, or of another type family, is an error on the field; a column no field reads is a warning
 * on the class.
 */
public final class ColumnMatcher {

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
