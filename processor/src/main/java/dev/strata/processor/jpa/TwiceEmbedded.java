package dev.strata.processor.jpa;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One embeddable embedded twice (by an entity, its mapped superclass, or an embeddable nested in
 * them) without an override that renames a column of the second: both embeddings map its field to
 * one column, on which Hibernate refuses to start ("Column 'street' is duplicated in mapping for
 * entity"). Reported on the second embedding field, with the override, by the path below it, that
 * gives it a column of its own; the table's checks report a column mapped twice that this does not
 * explain.
 */
final class TwiceEmbedded {

  private TwiceEmbedded() {}

  /** Reports each column of {@code columns} that one embeddable field maps twice. */
  static void check(TypeElement entity, List<MappedColumn> columns, MappingReport report) {
    Map<String, MappedColumn> byName = new HashMap<>();
    for (MappedColumn column : columns) {
      MappedColumn first = byName.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column);
      if (first == null || !first.field().equals(column.field()) || column.writer().isPresent()) {
        continue;
      }
      int parting = parting(first.embeddings(), column.embeddings());
      if (parting < 0) {
        continue;
      }
      VariableElement second = column.embeddings().get(parting);
      String path = column.pathBelow(parting);
      String firstName = first.embeddings().get(parting).getSimpleName().toString();
      String secondName = second.getSimpleName().toString();
      report.unsupported(
          column.references().isPresent()
              ? AssociationMessages.associationEmbeddedTwice(
                  path, column.name(), firstName, secondName)
              : AssociationMessages.embeddedTwice(path, column.name(), firstName, secondName),
          second,
          null);
    }
  }

  /** Where two paths to one field take different embedded fields, or -1 for none. */
  private static int parting(List<VariableElement> first, List<VariableElement> second) {
    for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
      if (!first.get(i).equals(second.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
