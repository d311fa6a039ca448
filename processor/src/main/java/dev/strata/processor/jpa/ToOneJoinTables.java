package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The join table of a {@code @ManyToOne} or {@code @OneToOne} mapped through a {@code @JoinTable},
 * as Hibernate 7 exports it (measured on H2, PostgreSQL and MariaDB, both namings): named by
 * {@code @JoinTable(name)}, else as a collection's join table; keyed by a NOT NULL column referring
 * to the owner's key, named by {@code joinColumns}, else as that key column ({@code id}); a column
 * referring to the target's key, named by {@code inverseJoinColumns}, else {@code <attribute>_<key
 * column>}, NOT NULL only for {@code optional = false}, and unique for a {@code OneToOne}; a
 * foreign key from each. The owner's table has no column for the association. A composite key, on
 * either side, gives one such column per key column, named by the join column whose {@code
 * referencedColumnName} it is, and the owner's columns key the table in Hibernate's order for a
 * composite key ({@link KeyOrder}). In a hierarchy, each side is the entity's key table (a single
 * table, a joined subclass's own), and no foreign key refers to a table-per-class entity whose rows
 * spread over several tables; where Hibernate refuses the owner, so does Strata. A field's
 * {@code @OnDelete} rule is the foreign key's to the target, which {@code @NotFound} leaves out,
 * and with {@code action = IGNORE} the one to the owner too.
 */
final class ToOneJoinTables {

  private final FieldMapper mapper;

  ToOneJoinTables(FieldMapper mapper) {
    this.mapper = mapper;
  }

  /** Whether {@code field} is a to-one mapped through a join table. */
  static boolean throughJoinTable(Element field) {
    return JpaAnnotations.has(field, "ManyToOne", "OneToOne")
        && JpaAnnotations.has(field, "JoinTable");
  }

  /** The join tables of the to-one fields of {@code entity} and its mapped superclasses. */
  List<JoinTables.Declared> tables(
      TypeElement entity, Function<TypeElement, TableDefinition> tableOf, MappingReport report) {
    List<JoinTables.Declared> tables = new ArrayList<>();
    for (VariableElement declared :
        AssociationMapper.persistentFields(entity, ToOneJoinTables::throughJoinTable)) {
      Optional<VariableElement> field = mapper.bound().seenFrom(entity, declared, report);
      if (field.isPresent()
          && UnsupportedMappings.fieldSupported(field.get(), report)
          && BoundCollections.toOneSupported(field.get(), report)) {
        table(entity, field.get(), tableOf, report).ifPresent(tables::add);
      }
    }
    return tables;
  }

  /** The join table's name, and the one it had before this version where that differs. */
  private record Names(String now, Optional<String> former) {}

  private Optional<JoinTables.Declared> table(
      TypeElement entity,
      VariableElement field,
      Function<TypeElement, TableDefinition> tableOf,
      MappingReport report) {
    AnnotationMirror joinTable = JpaAnnotations.find(field, "JoinTable").orElseThrow();
    Optional<TypeElement> targetType = target(entity, field, joinTable, report);
    if (targetType.isEmpty()) {
      return Optional.empty();
    }
    TableDefinition owner = tableOf.apply(entity);
    TableDefinition target = tableOf.apply(targetType.get());
    if (!joinColumnsNameKeys(field, joinTable, owner, target, report)) {
      return Optional.empty();
    }
    Optional<KeyColumns> ownerColumns =
        KeyColumns.named(owner, joins(joinTable, "joinColumns"), mapper.naming());
    Optional<KeyColumns> targetColumns =
        KeyColumns.of(
            target,
            joins(joinTable, "inverseJoinColumns"),
            field.getSimpleName().toString(),
            mapper.naming());
    if (ownerColumns.isEmpty() || targetColumns.isEmpty()) {
      report.unsupported(JpaMessages.unmappedFieldType(field), field, null);
      return Optional.empty();
    }
    String name =
        mapper
            .naming()
            .physical(
                AnnotationMirrors.string(joinTable, "name", ""),
                mapper.naming().joinTable(owner.name(), target.name(), field.getSimpleName() + ""));
    if (!KeyOrder.sameOnEveryDatabase(ownerColumns.get().columns())) {
      report.unsupported(JpaMessages.keyOrderDiffers(name), field, joinTable);
      return Optional.empty();
    }
    boolean constrained =
        !mapper.hierarchies().spreadOverTables(targetType.get())
            && NotFoundAssociations.constrained(field);
    return Optional.of(
        table(
            entity,
            field,
            joinTable,
            new Names(name, previousName(joinTable, owner, target, field, name)),
            ownerColumns.get(),
            targetColumns.get(),
            constrained));
  }

  /**
   * The implicit name the join table had while the owner's or the target's table had the former
   * name it declares, or the field (after which Spring Boot's naming names it) the name it had: the
   * join table is renamed with them, keeping its rows, as a collection's is.
   */
  private Optional<String> previousName(
      AnnotationMirror joinTable,
      TableDefinition owner,
      TableDefinition target,
      VariableElement field,
      String name) {
    if (!AnnotationMirrors.string(joinTable, "name", "").isEmpty()) {
      return Optional.empty();
    }
    String previous =
        mapper
            .naming()
            .physical(
                "",
                mapper
                    .naming()
                    .joinTable(
                        owner.renamedFrom().orElse(owner.name()),
                        target.renamedFrom().orElse(target.name()),
                        CollectionRenames.previousAttribute(field)
                            .orElse(field.getSimpleName().toString())));
    return Optional.of(previous).filter(former -> !former.equals(name));
  }

  /**
   * The entity the field refers to, unless it is none or Hibernate refuses the owner (reported).
   */
  private Optional<TypeElement> target(
      TypeElement entity, VariableElement field, AnnotationMirror joinTable, MappingReport report) {
    Optional<TypeElement> targetType = AssociationMapper.toOneTarget(field);
    if (targetType.isEmpty() || !JpaAnnotations.isEntity(targetType.get())) {
      report.unsupported(JpaMessages.unmappedFieldType(field), field, null);
      return Optional.empty();
    }
    Optional<String> refused = refusedOwner(entity, joinTable);
    refused.ifPresent(message -> report.unsupported(message, field, joinTable));
    return refused.isPresent() ? Optional.empty() : targetType;
  }

  /**
   * Whether the join columns on each side say which key column each refers to, as {@link
   * #referToKey} asks; reports the side that does not.
   */
  private boolean joinColumnsNameKeys(
      VariableElement field,
      AnnotationMirror joinTable,
      TableDefinition owner,
      TableDefinition target,
      MappingReport report) {
    for (String attribute : List.of("joinColumns", "inverseJoinColumns")) {
      TableDefinition referenced = attribute.equals("joinColumns") ? owner : target;
      if (!referToKey(joins(joinTable, attribute), referenced)) {
        report.unsupported(
            AssociationMessages.toOneJoinTableColumns(field, attribute, referenced.name()),
            field,
            joinTable);
        return false;
      }
    }
    return true;
  }

  /**
   * Why Hibernate 7 refuses to start on a to-one through {@code joinTable} in {@code owner}, if it
   * does (measured): in a JOINED subclass, where the join table has no name (its foreign key to the
   * subclass's table then has no column), and in a TABLE_PER_CLASS hierarchy, where it cannot find
   * the join table when it loads the entity.
   */
  private Optional<String> refusedOwner(TypeElement owner, AnnotationMirror joinTable) {
    if (!mapper.hierarchies().inHierarchy(owner)) {
      return Optional.empty();
    }
    boolean unnamed = AnnotationMirrors.string(joinTable, "name", "").isEmpty();
    return switch (Hierarchies.strategy(owner)) {
      case SINGLE_TABLE -> Optional.empty();
      case JOINED ->
          Hierarchies.parent(owner)
              .filter(parent -> unnamed)
              .map(parent -> AssociationMessages.toOneJoinTableInJoinedSubclass());
      case TABLE_PER_CLASS -> Optional.of(AssociationMessages.toOneJoinTableInTablePerClass());
    };
  }

  /**
   * The join table keyed by the owner's columns, in the order Hibernate gives a composite key (by
   * size, then name), beside the target's columns, nullable unless the association is required, and
   * with a foreign key to the target's table where {@code constrained}, under the field's
   * {@code @OnDelete} rule.
   */
  private JoinTables.Declared table(
      TypeElement entity,
      VariableElement field,
      AnnotationMirror joinTable,
      Names names,
      KeyColumns owner,
      KeyColumns target,
      boolean constrained) {
    String name = names.now();
    List<ColumnDefinition> columns = new ArrayList<>(owner.columns());
    boolean optional = ToOneColumns.optional(field);
    // named after the field (zone_id), they follow its @RenamedFrom, keeping the rows' targets
    target.followedAsInverse(field, Optional.of(joinTable), mapper.naming()).stream()
        .map(
            column ->
                new ColumnDefinition(column.name(), column.type(), optional)
                    .formerly(column.renamedFrom()))
        .forEach(columns::add);
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
    // none to the owner either under @NotFound(action = IGNORE), as Hibernate writes it
    if (!NotFoundAssociations.ignored(field)) {
      DeclaredForeignKeys.as(
              DeclaredForeignKeys.declaredIn(Optional.of(joinTable), "foreignKey", "joinColumns"),
              owner.foreignKey(name))
          .ifPresent(foreignKeys::add);
    }
    // none to a table-per-class entity whose rows spread over several tables, nor under @NotFound
    if (constrained) {
      DeclaredForeignKeys.as(
              DeclaredForeignKeys.declaredIn(
                  Optional.of(joinTable), "inverseForeignKey", "inverseJoinColumns"),
              target.foreignKey(name).onDelete(DeleteRules.of(field)))
          .ifPresent(foreignKeys::add);
    }
    List<String> key = KeyOrder.of(owner.sized(owner.columns()));
    TableDefinition table =
        TableDefinition.builder(name, entity.getQualifiedName().toString())
            .renamedFrom(names.former())
            .columns(columns)
            .primaryKey(key)
            .indexes(indexes(field, joinTable, name, key, target))
            .foreignKeys(foreignKeys)
            .comment(Comments.declared(Optional.of(joinTable)))
            .build();
    return new JoinTables.Declared(entity, table, field);
  }

  /** The join table's declared indexes, and a one-to-one's unique constraint on the target. */
  private List<IndexDefinition> indexes(
      VariableElement field,
      AnnotationMirror joinTable,
      String name,
      List<String> key,
      KeyColumns target) {
    List<IndexDefinition> declared =
        TableMapper.declaredIndexes(Optional.of(joinTable), name, mapper.naming());
    List<IndexDefinition> indexes = new ArrayList<>(declared);
    if (JpaAnnotations.has(field, "OneToOne")) {
      indexes.add(
          new IndexDefinition(
              TableMapper.constraintName(name, String.join("_", target.names()), "key"),
              target.uniqueOrder(),
              true));
    }
    return UniqueIndexes.distinct(indexes, declared, key);
  }

  /**
   * Whether {@code joins} name the columns referring to {@code table}'s key unambiguously: none,
   * one for a single-column key, or one per key column, each naming it in {@code
   * referencedColumnName}.
   */
  private boolean referToKey(List<AnnotationMirror> joins, TableDefinition table) {
    List<String> key = table.primaryKey();
    if (joins.isEmpty() || (key.size() == 1 && joins.size() == 1)) {
      return true;
    }
    Set<String> referenced = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (AnnotationMirror join : joins) {
      referenced.add(
          mapper.naming().physical(AnnotationMirrors.string(join, "referencedColumnName", "")));
    }
    Set<String> keyColumns = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    keyColumns.addAll(key);
    return joins.size() == key.size() && referenced.equals(keyColumns);
  }

  /** The join columns a {@code @JoinTable} attribute lists. */
  private static List<AnnotationMirror> joins(AnnotationMirror joinTable, String attribute) {
    return AnnotationMirrors.annotations(joinTable, attribute);
  }
}
