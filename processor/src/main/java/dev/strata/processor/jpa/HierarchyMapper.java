package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance;
import dev.strata.processor.model.TableInheritance.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Reads each entity into the tables Hibernate 7 creates for it, inheritance included: a single
 * table holds the columns of the root and of every subclass (those always nullable unless a
 * {@code @Column} or {@code @JoinColumn} says {@code nullable = false}) and the discriminator; a
 * joined subclass has a table of its own columns keyed by its parent's key; table per class gives
 * each concrete class a table of all its columns. An entity's secondary tables follow its own.
 */
final class HierarchyMapper {

  private final FieldMapper mapper;
  private final Hierarchies hierarchies;
  private final TableMapper tables;
  private final SecondaryTables secondary;

  HierarchyMapper(FieldMapper mapper, Hierarchies hierarchies) {
    this.mapper = mapper;
    this.hierarchies = hierarchies;
    this.tables = new TableMapper(mapper);
    this.secondary = new SecondaryTables(tables, mapper.naming());
  }

  /**
   * The tables {@code type} declares: its own, unless its rows live in its root's single table or
   * it is an abstract table-per-class class, then its secondary tables.
   */
  List<TableDefinition> tables(TypeElement type, MappingReport report) {
    Map<String, List<MappedColumn>> moved = new HashMap<>();
    Optional<TableDefinition> own = ownTable(type, moved, report);
    List<TableDefinition> all = new ArrayList<>();
    own.ifPresent(all::add);
    keyTable(type, report).ifPresent(key -> all.addAll(secondary.tables(type, key, moved, report)));
    return all;
  }

  /** The table that holds the key of {@code type}'s rows, which foreign keys to it refer to. */
  Optional<TableDefinition> keyTable(TypeElement type, MappingReport report) {
    boolean sharesRoot =
        Hierarchies.parent(type).isPresent() && Hierarchies.strategy(type) == Strategy.SINGLE_TABLE;
    return ownTable(sharesRoot ? Hierarchies.root(type) : type, new HashMap<>(), report);
  }

  private Optional<TableDefinition> ownTable(
      TypeElement type, Map<String, List<MappedColumn>> moved, MappingReport report) {
    if (!hierarchies.inHierarchy(type)) {
      return Optional.of(plain(type, moved, report));
    }
    Optional<TypeElement> parent = Hierarchies.parent(type);
    Strategy strategy = Hierarchies.strategy(type);
    if (parent.isEmpty()) {
      return root(type, strategy, moved, report);
    }
    return switch (strategy) {
      case SINGLE_TABLE -> {
        own(type, report, moved); // its secondary tables' columns; the rest is in the root's
        yield Optional.empty();
      }
      case JOINED -> Optional.of(joined(type, parent.get(), moved, report));
      case TABLE_PER_CLASS -> tablePerClass(type, moved, report);
    };
  }

  private TableDefinition plain(
      TypeElement type, Map<String, List<MappedColumn>> moved, MappingReport report) {
    return SoftDeletes.withColumn(
        withDiscriminator(
            table(type, besideDiscriminator(type, false, report), moved, report),
            type,
            false,
            report),
        type,
        mapper.naming());
  }

  private Optional<TableDefinition> root(
      TypeElement root,
      Strategy strategy,
      Map<String, List<MappedColumn>> moved,
      MappingReport report) {
    if (strategy == Strategy.TABLE_PER_CLASS) {
      return tablePerClass(root, moved, report);
    }
    List<MappedColumn> rootColumns = besideDiscriminator(root, true, report);
    TableDefinition table =
        SoftDeletes.withColumn(
            withDiscriminator(table(root, rootColumns, moved, report), root, true, report),
            root,
            mapper.naming());
    List<String> subclasses = new ArrayList<>();
    if (strategy == Strategy.SINGLE_TABLE) {
      Map<TypeElement, List<MappedColumn>> added = new LinkedHashMap<>();
      SiblingColumns siblings = new SiblingColumns();
      for (TypeElement subclass : hierarchies.descendants(root)) {
        subclasses.add(subclass.getQualifiedName().toString());
        List<MappedColumn> own = own(subclass, report, new HashMap<>());
        added.put(subclass, own);
        List<MappedColumn> columns = own.stream().map(HierarchyMapper::shared).toList();
        TableDefinition part = tables.table(subclass, table.name(), columns, List.of(), report);
        table = merged(table, siblings.shared(table, part, subclass, columns, report));
      }
      table = withSubclassChecks(table, root, rootColumns, added);
    }
    return Optional.of(
        table.withInheritance(
            new TableInheritance(
                strategy, subclasses, discriminator(table, root), renamedValues(table, root))));
  }

  /**
   * The values of a single table's subclasses renamed with {@code @RenamedFrom} whose value is
   * their entity name, which names them: Hibernate reads a row as the class its value names.
   */
  private List<TableInheritance.ValueRename> renamedValues(
      TableDefinition table, TypeElement root) {
    Optional<ColumnDefinition> column =
        Discriminators.column(root, true, mapper.naming())
            .flatMap(c -> table.column(c.name()))
            .filter(c -> !c.nullable());
    List<TableInheritance.ValueRename> renamed = new ArrayList<>();
    if (column.isEmpty() || Hierarchies.strategy(root) != Strategy.SINGLE_TABLE) {
      return renamed;
    }
    for (TypeElement subclass : hierarchies.descendants(root)) {
      Optional<String> current = DiscriminatorChecks.ownValue(column.get(), subclass);
      FormerNames.renamedFrom(subclass)
          .flatMap(name -> DiscriminatorChecks.formerValue(column.get(), subclass, name))
          .filter(former -> !current.get().equals(former))
          .ifPresent(
              former ->
                  renamed.add(
                      new TableInheritance.ValueRename(
                          column.get().name(), former, current.get())));
    }
    return renamed;
  }

  /**
   * The root's NOT NULL discriminator and the value of the root's rows, which earlier rows take.
   */
  private Optional<TableInheritance.Discriminator> discriminator(
      TableDefinition table, TypeElement root) {
    return Discriminators.column(root, !hierarchies.subclasses(root).isEmpty(), mapper.naming())
        .flatMap(column -> table.column(column.name()))
        .filter(column -> !column.nullable())
        .flatMap(
            column ->
                DiscriminatorChecks.ownValue(column, root)
                    .map(value -> new TableInheritance.Discriminator(column.name(), value)));
  }

  private TableDefinition joined(
      TypeElement type,
      TypeElement parent,
      Map<String, List<MappedColumn>> moved,
      MappingReport report) {
    TableDefinition parentTable = ownTable(parent, new HashMap<>(), report).orElseThrow();
    TableDefinition table = table(type, own(type, report, moved), moved, report);
    if (parentTable.primaryKey().size() != 1) {
      report.unsupported(InheritanceMessages.compositeJoinedKey(), type, null);
      return table;
    }
    // @PrimaryKeyJoinColumn(name), else the name the parent's table gives the key
    String given = JpaAnnotations.name(type, "PrimaryKeyJoinColumn");
    List<String> key = List.of(mapper.naming().physical(given, parentTable.primaryKey().get(0)));
    return JoinedKeys.join(
            table,
            key,
            parentTable,
            DeclaredForeignKeys.declaredIn(
                JpaAnnotations.find(type, "PrimaryKeyJoinColumn"), "foreignKey", ""),
            DeleteRules.of(type))
        .withInheritance(
            TableInheritance.joinedSubclass(rowMark(type, parent, parentTable, report)));
  }

  /**
   * Where the root's table marks the rows of joined subclass {@code type}, so that a later version
   * that changes its value (an entity renamed) can mark them anew: Hibernate reads a row as the
   * class its value names.
   */
  private Optional<TableInheritance.RowMark> rowMark(
      TypeElement type, TypeElement parent, TableDefinition parentTable, MappingReport report) {
    TypeElement root = Hierarchies.root(type);
    TableDefinition rootTable =
        parent.equals(root) ? parentTable : ownTable(root, new HashMap<>(), report).orElseThrow();
    return Discriminators.column(root, true, mapper.naming())
        .flatMap(column -> rootTable.column(column.name()))
        .filter(column -> !column.nullable())
        .flatMap(
            column ->
                DiscriminatorChecks.ownValue(column, type)
                    .map(
                        value ->
                            new TableInheritance.RowMark(rootTable.name(), column.name(), value)));
  }

  private Optional<TableDefinition> tablePerClass(
      TypeElement type, Map<String, List<MappedColumn>> moved, MappingReport report) {
    TypeElement root = Hierarchies.root(type);
    List<MappedColumn> columns = mapper.columns(type, report);
    if (!hierarchies.subclasses(root).isEmpty() || root != type) {
      columns.stream()
          .filter(MappedColumn::identity)
          .forEach(
              id ->
                  report.unsupported(
                      InheritanceMessages.identityTablePerClass(root),
                      id.field(),
                      JpaAnnotations.find(id.field(), "GeneratedValue").orElse(null)));
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.empty();
    }
    // the keys of every class come from the root's generator, named after the root's table
    TableDefinition table =
        PerClassUniqueKeys.of(type, table(type, columns, moved, report), columns)
            .withSequences(tables.table(root, report).sequences());
    return Optional.of(
        table.withInheritance(new TableInheritance(Strategy.TABLE_PER_CLASS, List.of())));
  }

  /** The columns a subclass adds; {@code @Version} only a root may declare, as in Hibernate. */
  private List<MappedColumn> own(
      TypeElement subclass, MappingReport report, Map<String, List<MappedColumn>> moved) {
    List<MappedColumn> columns = mapper.ownColumns(subclass, report);
    for (MappedColumn column : columns) {
      JpaAnnotations.find(column.field(), "Version")
          .ifPresent(
              version ->
                  report.unsupported(
                      InheritanceMessages.versionOnSubclass(subclass), column.field(), version));
    }
    return SecondaryTables.primaryColumns(
        subclass, mapper.tableName(subclass), columns, moved, report);
  }

  private TableDefinition table(
      TypeElement type,
      List<MappedColumn> columns,
      Map<String, List<MappedColumn>> moved,
      MappingReport report) {
    String name = mapper.tableName(type);
    List<MappedColumn> primary = SecondaryTables.primaryColumns(type, name, columns, moved, report);
    return tables.table(
        type, name, primary, TableMapper.declaredIndexes(type, name, mapper.naming()), report);
  }

  /**
   * A subclass's column in the single table: nullable, since the other classes' rows leave it
   * empty, unless the mapping says {@code nullable = false} outright (Hibernate then writes NOT
   * NULL, and its check constraints, which {@link DiscriminatorChecks} writes, require the values
   * of each class's rows).
   */
  private static MappedColumn shared(MappedColumn column) {
    boolean explicit =
        JpaAnnotations.find(column.field(), "Column")
            .or(() -> JpaAnnotations.find(column.field(), "JoinColumn"))
            .map(c -> !AnnotationMirrors.bool(c, "nullable", true))
            .orElse(false);
    return new MappedColumn(
        column.field(),
        column.name(),
        column.sqlType(),
        column.category(),
        !explicit,
        false,
        false,
        column.renamedFrom(),
        column.references(),
        column.table(),
        Optional.empty(),
        column.validated(),
        column.embeddings());
  }

  /**
   * The single table with the check of each concrete subclass whose required fields' columns the
   * table must leave nullable: over its entity parent's columns, then its own, as Hibernate's
   * {@code SingleTableSubclass} reads its superclass's properties and its own. The root's are among
   * them for its direct subclasses: a primitive there under a {@code @Column}, whose column is
   * nullable, is checked for their rows (measured on Hibernate 7.2's export).
   */
  private TableDefinition withSubclassChecks(
      TableDefinition table,
      TypeElement root,
      List<MappedColumn> rootColumns,
      Map<TypeElement, List<MappedColumn>> added) {
    Optional<ColumnDefinition> discriminator =
        Discriminators.column(root, !added.isEmpty(), mapper.naming());
    if (discriminator.isEmpty()) {
      return table;
    }
    for (Map.Entry<TypeElement, List<MappedColumn>> subclass : added.entrySet()) {
      List<MappedColumn> columns = new ArrayList<>();
      Hierarchies.parent(subclass.getKey())
          .map(parent -> parent.equals(root) ? rootColumns : added.get(parent))
          .map(Hierarchies::inReadingOrder)
          .ifPresent(columns::addAll);
      columns.addAll(Hierarchies.inReadingOrder(subclass.getValue()));
      List<CheckDefinition> checks = new ArrayList<>(table.checks());
      checks.addAll(
          DiscriminatorChecks.subclass(table, discriminator.get(), subclass.getKey(), columns));
      table = table.withChecks(checks);
    }
    return table;
  }

  /**
   * The columns of {@code type} but those of read-only fields ({@code insertable = false, updatable
   * = false}) named as its discriminator, which only read it: Hibernate maps the column once, as
   * the discriminator defines it.
   */
  private List<MappedColumn> besideDiscriminator(
      TypeElement type, boolean hierarchyRoot, MappingReport report) {
    List<MappedColumn> columns = mapper.columns(type, report);
    boolean subclasses = hierarchyRoot && !hierarchies.subclasses(type).isEmpty();
    return Discriminators.column(type, subclasses, mapper.naming())
        .map(discriminator -> ReadOnlyColumns.withoutReaders(columns, discriminator.name()))
        .orElse(columns);
  }

  /** The root's table with its discriminator column, if Hibernate writes one. */
  private TableDefinition withDiscriminator(
      TableDefinition table, TypeElement root, boolean hierarchyRoot, MappingReport report) {
    boolean subclasses = hierarchyRoot && !hierarchies.subclasses(root).isEmpty();
    if (Discriminators.needsValues(root)) {
      List<TypeElement> classes = new ArrayList<>(List.of(root));
      classes.addAll(hierarchies.descendants(root));
      classes.stream()
          .filter(type -> !type.getModifiers().contains(Modifier.ABSTRACT))
          .filter(type -> !JpaAnnotations.has(type, "DiscriminatorValue"))
          .forEach(
              type -> report.unsupported(InheritanceMessages.discriminatorValue(type), type, null));
    }
    List<TypeElement> classes = new ArrayList<>(List.of(root));
    if (hierarchyRoot) {
      classes.addAll(hierarchies.descendants(root));
    }
    return Discriminators.column(root, subclasses, mapper.naming())
        .map(
            discriminator ->
                merged(
                    table,
                    TableDefinition.builder(table.name(), table.declaredBy())
                        .columns(
                            List.of(
                                DiscriminatorChecks.nullable(classes)
                                    ? new ColumnDefinition(
                                        discriminator.name(), discriminator.type(), true)
                                    : discriminator))
                        .checks(DiscriminatorChecks.values(table, discriminator, classes))
                        .build()))
        .orElse(table);
  }

  /** {@code table} with the columns, indexes and foreign keys of {@code part} added. */
  private static TableDefinition merged(TableDefinition table, TableDefinition part) {
    List<ColumnDefinition> columns = new ArrayList<>(table.columns());
    columns.addAll(part.columns());
    List<IndexDefinition> indexes = new ArrayList<>(table.indexes());
    indexes.addAll(part.indexes());
    indexes = UniqueIndexes.distinct(indexes, table.indexes(), table.primaryKey());
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>(table.foreignKeys());
    foreignKeys.addAll(part.foreignKeys());
    List<CheckDefinition> checks = new ArrayList<>(table.checks());
    checks.addAll(part.checks());
    return table.toBuilder()
        .columns(columns)
        .indexes(indexes)
        .foreignKeys(foreignKeys)
        .checks(checks)
        .build();
  }
}
