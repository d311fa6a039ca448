package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The columns an embedded field or an embedded id gives its entity: its embeddable's, as the
 * field's overrides and column naming pattern remap them.
 */
final class EmbeddedColumns {

  private EmbeddedColumns() {}

  /**
   * The columns of the embeddable {@code embedding} holds, mapped by {@code inside}, as the field's
   * overrides and column naming pattern remap them.
   */
  static List<MappedColumn> of(
      VariableElement embedding, TypeElement embeddable, FieldMapper inside, MappingReport report) {
    ConvertPaths.reportUnresolved(embedding, embeddable, "", report);
    List<MappedColumn> overridden =
        AssociationOverrides.apply(
            AttributeOverrides.apply(
                inside.embeddedColumns(embeddable, embedding.asType(), report),
                embedding,
                inside.remap(report),
                report),
            embedding,
            inside.naming(),
            inside.validation(),
            report);
    return EmbeddedColumnNames.named(overridden, embedding, inside.naming(), report).stream()
        .map(column -> column.under(embedding))
        .toList();
  }

  /** Whether {@code field} is an embedded {@code @NaturalId}, which it reports. */
  static boolean naturalId(VariableElement field, MappingReport report) {
    if (NaturalIds.isNaturalId(field)) {
      report.unsupported(
          JpaMessages.unsupported("a @NaturalId on an embedded field"),
          field,
          AnnotationMirrors.find(field, NaturalIds.NATURAL_ID).get());
      return true;
    }
    return false;
  }
}
