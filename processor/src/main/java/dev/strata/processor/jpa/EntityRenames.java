package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance.Strategy;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The names an entity renamed with {@code @RenamedFrom} gave its collection and join tables before:
 * an entity whose table is named after it ({@code Client}, no {@code @Table(name)}) names its
 * collection tables ({@code Client_tags}) and the columns referring to it from them and from its
 * join tables ({@code Client_id}) after the entity too, so renaming it renames those, which keep
 * their rows. A single table's subclass ({@code Request extends Ticket}) names its own collection
 * tables and columns ({@code Request_tags}, {@code Request_id}) though its rows are in the root's
 * table, so its own {@code @RenamedFrom} renames them.
 */
final class EntityRenames {

  private EntityRenames() {}

  /**
   * The entity's name before this version, when its table is named after it and was renamed: the
   * table's previous name, which was the entity's; for a single table's subclass, the name its
   * {@code @RenamedFrom} gives it, as its table, the root's, says nothing of it.
   */
  static Optional<String> previousEntity(TypeElement type, TableDefinition table) {
    if (Hierarchies.parent(type).isPresent()
        && Hierarchies.strategy(type) == Strategy.SINGLE_TABLE) {
      return FormerNames.renamedFrom(type);
    }
    boolean namedAfterEntity =
        JpaAnnotations.find(type, "Table")
            .map(t -> AnnotationMirrors.string(t, "name", "").isEmpty())
            .orElse(true);
    return namedAfterEntity ? table.renamedFrom() : Optional.empty();
  }
}
