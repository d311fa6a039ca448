package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.SoftDeleteColumn;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Hibernate's {@code @SoftDelete} on an entity: a delete sets a flag rather than removing the row,
 * in a column of the entity's table that Hibernate 7 exports as {@code deleted boolean not null}
 * ({@code active} with {@code strategy = ACTIVE}, or the {@code columnName} given), a {@code bit}
 * on MariaDB. Strata realises it on an entity outside a hierarchy or on a hierarchy's root
 * (single-table or joined), without a {@code converter}; elsewhere it is an error.
 */
final class SoftDeletes {

  static final String SOFT_DELETE = "org.hibernate.annotations.SoftDelete";

  /** The comment Hibernate 7's {@code @SoftDelete} gives its flag unless told another. */
  private static final String DEFAULT_COMMENT = "Soft-delete indicator";

  private SoftDeletes() {}

  /** {@code table} with the soft-delete column {@code type} declares, if it declares one. */
  static TableDefinition withColumn(TableDefinition table, TypeElement type, JpaNaming naming) {
    Optional<AnnotationMirror> softDelete = AnnotationMirrors.find(type, SOFT_DELETE);
    if (softDelete.isEmpty()) {
      return table;
    }
    String strategy =
        AnnotationMirrors.enumConstant(softDelete.get(), "strategy").orElse("DELETED");
    String given = AnnotationMirrors.string(softDelete.get(), "columnName", "");
    String name = naming.physical(given.isEmpty() ? strategy.toLowerCase(Locale.ROOT) : given);
    List<ColumnDefinition> columns = new ArrayList<>(table.columns());
    // Hibernate gives the flag its annotation's comment, by default this one
    String comment = AnnotationMirrors.string(softDelete.get(), "comment", DEFAULT_COMMENT);
    columns.add(
        new ColumnDefinition(name, "BOOLEAN", false)
            .withComment(Optional.of(comment).filter(text -> !text.isEmpty())));
    String liveValue = strategy.equals("ACTIVE") ? "TRUE" : "FALSE";
    return table.toBuilder()
        .columns(columns)
        .softDelete(Optional.of(new SoftDeleteColumn(name, liveValue)))
        .build();
  }

  /**
   * Whether the class's {@code @SoftDelete}, if any, is one Strata realises; reports it if not.
   *
   * @param root whether the class is an entity outside a hierarchy or a single-table or joined
   *     hierarchy's root
   */
  static boolean supported(Element type, boolean root, MappingReport report) {
    Optional<AnnotationMirror> softDelete = AnnotationMirrors.find(type, SOFT_DELETE);
    if (softDelete.isEmpty()) {
      return true;
    }
    String refused = null;
    if (!root) {
      refused = "@SoftDelete on a subclass or a table-per-class hierarchy; put it on the root";
    } else if (AnnotationMirrors.value(softDelete.get(), "converter").isPresent()) {
      refused = "@SoftDelete(converter = ...), whose column type the converter chooses";
    } else if (AnnotationMirrors.enumConstant(softDelete.get(), "strategy")
        .filter(strategy -> !strategy.equals("DELETED") && !strategy.equals("ACTIVE"))
        .isPresent()) {
      refused = "@SoftDelete(strategy = TIMESTAMP)";
    }
    if (refused == null) {
      return true;
    }
    report.unsupported(JpaMessages.unsupported(refused), type, softDelete.get());
    return false;
  }
}
