package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.TableDefinition;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The names an entity renamed with {@code @RenamedFrom} gave its collection and join tables before:
 * an entity whose table is named after it ({@code Client}, no {@code @Table(name)}) names its
 * collection tables ({@code Client_tags}) and the columns referring to it from them and from its
 * join tables ({@code Client_id}) after the entity too, so renaming it renames those, which keep
 * their rows.
 */
final class EntityRenames {

  private EntityRenames() {}

  /**
   * The entity's name before this version, when its table is named after it and was renamed: the
   * table's previous name, which was the entity's.
   */
  static Optional<String> previousEntity(TypeElement type, TableDefinition table) {
    boolean namedAfterEntity =
        JpaAnnotations.find(type, "Table")
            .map(t -> AnnotationMirrors.string(t, "name", "").isEmpty())
            .orElse(true);
    return namedAfterEntity ? table.renamedFrom() : Optional.empty();
  }
}
