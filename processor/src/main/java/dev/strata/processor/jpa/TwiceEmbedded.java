package dev.strata.processor.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One embeddable embedded twice by an entity without an {@code @AttributeOverride} that renames a
 * column of the second: both embeddings map its field to one column, on which Hibernate refuses to
 * start ("Column 'street' is duplicated in mapping for entity"). Reported on the second embedding
 * field, with the override that gives it a column of its own; the table's checks report a column
 * mapped twice that this does not explain.
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
      List<VariableElement> embeddings = embeddings(entity, column.field().getEnclosingElement());
      if (embeddings.size() > 1) {
        VariableElement second = embeddings.get(1);
        report.unsupported(
            AssociationMessages.embeddedTwice(
                column.field().getSimpleName().toString(),
                column.name(),
                embeddings.get(0).getSimpleName().toString(),
                second.getSimpleName().toString()),
            second,
            null);
      }
    }
  }

  /** The fields of the entity and the classes above it whose type is {@code embeddable}. */
  private static List<VariableElement> embeddings(TypeElement entity, Element embeddable) {
    List<VariableElement> embeddings = new ArrayList<>();
    for (TypeElement current = entity; current != null; current = Hierarchies.superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && embeddable.equals(JpaTypes.typeElement(member.asType()))) {
          embeddings.add((VariableElement) member);
        }
      }
    }
    return embeddings;
  }
}
