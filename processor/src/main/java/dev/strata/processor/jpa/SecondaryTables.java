package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ForeignKeyDefinition.OnDelete;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * An entity's {@code @SecondaryTable}s, as Hibernate creates them: each holds the columns whose
 * {@code @Column(table = ...)} names it, behind a key that joins the entity's table ({@code
 * pkJoinColumns}, else the names of the entity's key columns) and is a foreign key to it. The table
 * is created even when no column names it.
 */
final class SecondaryTables {

  private final TableMapper tables;
  private final JpaNaming naming;

  SecondaryTables(TableMapper tables, JpaNaming naming) {
    this.tables = tables;
    this.naming = naming;
  }

  /**
   * The columns that stay in the entity's own table; those naming a secondary table go to {@code
   * moved}, by the table's name as written; a column naming a table the entity does not declare is
   * reported and left out.
   */
  static List<MappedColumn> primaryColumns(
      TypeElement type,
      String primaryTable,
      List<MappedColumn> columns,
      Map<String, List<MappedColumn>> moved,
      MappingReport report) {
    List<String> declared = declared(type).stream().map(SecondaryTables::name).toList();
    List<MappedColumn> primary = new ArrayList<>();
    for (MappedColumn column : columns) {
      Optional<AnnotationMirror> annotation = JpaAnnotations.find(column.field(), "Column");
      String table = column.table().orElse("");
      // an embeddable's own: an override names the table of one embedded field only
      String declaredTable =
          annotation.map(c -> AnnotationMirrors.string(c, "table", "")).orElse("");
      Optional<MappedColumn> elsewhere =
          declaredTable.isEmpty()
              ? Optional.empty()
              : otherTable(column, declaredTable, primaryTable, columns);
      if (elsewhere.isPresent()) {
        // Hibernate refuses to start on it: an embeddable's fields all map to one table
        report.unsupported(
            InheritanceMessages.embeddableAcrossTables(
                column, declaredTable, elsewhere.get(), tableOf(elsewhere.get(), primaryTable)),
            column.field(),
            annotation.get());
      } else if (table.isEmpty() || table.equalsIgnoreCase(primaryTable)) {
        primary.add(column);
      } else if (declared.stream().anyMatch(table::equalsIgnoreCase)) {
        moved.computeIfAbsent(table.toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(column);
      } else {
        report.unsupported(
            InheritanceMessages.unknownSecondaryTable(table, type),
            column.field(),
            annotation.orElse(null));
      }
    }
    return primary;
  }

  /**
   * A column of the same embeddable as {@code column}, which names {@code table}, that maps to
   * another table: the entity's own, or another secondary one.
   */
  private static Optional<MappedColumn> otherTable(
      MappedColumn column, String table, String primaryTable, List<MappedColumn> columns) {
    Element embeddable = column.field().getEnclosingElement();
    if (!JpaAnnotations.has(embeddable, "Embeddable")) {
      return Optional.empty();
    }
    String own = table.equalsIgnoreCase(primaryTable) ? primaryTable : table;
    return columns.stream()
        .filter(other -> other.field().getEnclosingElement().equals(embeddable))
        .filter(other -> !tableOf(other, primaryTable).equalsIgnoreCase(own))
        .findFirst();
  }

  /** The table a column's {@code @Column(table)} names, else the entity's own. */
  private static String tableOf(MappedColumn column, String primaryTable) {
    return JpaAnnotations.find(column.field(), "Column")
        .map(c -> AnnotationMirrors.string(c, "table", ""))
        .filter(table -> !table.isEmpty())
        .orElse(primaryTable);
  }

  /** The secondary tables of {@code type}, joined to {@code primary}. */
  List<TableDefinition> tables(
      TypeElement type,
      TableDefinition primary,
      Map<String, List<MappedColumn>> moved,
      MappingReport report) {
    List<TableDefinition> secondary = new ArrayList<>();
    for (AnnotationMirror declaration : declared(type)) {
      String logical = name(declaration);
      List<AnnotationMirror> joins = AnnotationMirrors.annotations(declaration, "pkJoinColumns");
      if (!joins.isEmpty() && joins.size() != primary.primaryKey().size()) {
        report.unsupported(
            InheritanceMessages.joinColumnCount(logical, primary), type, declaration);
        continue;
      }
      List<String> keyNames = new ArrayList<>();
      for (int i = 0; i < primary.primaryKey().size(); i++) {
        String given = joins.isEmpty() ? "" : AnnotationMirrors.string(joins.get(i), "name", "");
        keyNames.add(naming.physical(given, primary.primaryKey().get(i)));
      }
      String name = naming.physical(logical);
      TableDefinition columns =
          tables.table(
              type,
              name,
              moved.getOrDefault(logical.toLowerCase(Locale.ROOT), List.of()),
              TableMapper.declaredIndexes(Optional.of(declaration), name, naming),
              report);
      secondary.add(
          JoinedKeys.join(
              columns,
              keyNames,
              primary,
              DeclaredForeignKeys.declaredIn(
                  Optional.of(declaration), "foreignKey", "pkJoinColumns"),
              OnDelete.NO_ACTION));
    }
    return secondary;
  }

  /** The {@code @SecondaryTable} annotations of a class, in the order written. */
  static List<AnnotationMirror> declared(TypeElement type) {
    Map<String, AnnotationMirror> byName = new LinkedHashMap<>();
    JpaAnnotations.find(type, "SecondaryTable").ifPresent(t -> byName.put(name(t), t));
    JpaAnnotations.find(type, "SecondaryTables")
        .ifPresent(
            all ->
                AnnotationMirrors.annotations(all, "value").forEach(t -> byName.put(name(t), t)));
    return List.copyOf(byName.values());
  }

  static String name(AnnotationMirror secondaryTable) {
    return AnnotationMirrors.string(secondaryTable, "name", "");
  }
}
