package dev.strata.processor;

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
final class ColumnMatcher {

  private final FieldMapper mapper;
  private final ValidationReport report;

  ColumnMatcher(FieldMapper mapper, ValidationReport report) {
    this.mapper = mapper;
    this.report = report;
  }

  void match(DeclaredView view, List<Verdict.ResultColumn> columns) {
    Map<String, Verdict.ResultColumn> byName =
        columns.stream()
            .collect(
                Collectors.toMap(Verdict.ResultColumn::name, Function.identity(), (a, b) -> a));
    List<MappedColumn> fields = mapper.columns(view.element());
    for (MappedColumn field : fields) {
      Verdict.ResultColumn column = byName.get(field.name().toLowerCase(Locale.ROOT));
      if (column == null) {
        report.error(
            Messages.fieldWithoutColumn(field, view.name(), columns), field.field(), null, null);
      } else if (!field.category().accepts(column.category())) {
        report.error(
            Messages.fieldTypeMismatch(field, view.name(), column), field.field(), null, null);
      }
    }
    for (Verdict.ResultColumn column : columns) {
      boolean read =
          fields.stream().anyMatch(field -> field.name().equalsIgnoreCase(column.name()));
      if (!read) {
        report.warning(
            Messages.columnWithoutField(view.name(), column.name(), view.className()),
            view.element(),
            view.annotation(),
            null);
      }
    }
  }
}
