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
 * table, so its own {@code @RenamedFrom} renames them; so does an entity's whose table
 * {@code @Table(name = "bins")} names, renamed from {@code Bin} to {@code StorageBin} while the
 * table keeps its name.
 */
final class EntityRenames {

  private EntityRenames() {}

  /**
   * The entity's name before this version, when its table is named after it and was renamed: the
   * table's previous name, which was the entity's; for a single table's subclass or an entity whose
   * table {@code @Table(name)} names, the name its {@code @RenamedFrom} gives it, as its table's
   * name says nothing of it.
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
    if (namedAfterEntity) {
      return table.renamedFrom();
    }
    // a table @Table names keeps its name when the class alone is renamed, so @RenamedFrom names
    // the class; where it names the table instead, nothing recorded has the names made of it
    return FormerNames.renamedFrom(type)
        .filter(former -> !former.equals(CollectionTables.entityName(type)));
  }
}
