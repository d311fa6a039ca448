package dev.strata.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between what a snapshot expects and what the database holds, one line each. A
 * table is compared with its columns, keys, indexes and checks (see {@link
 * TableStructureComparison}). Objects the database has but no snapshot of the chain knows (the
 * user's own tables, Strata's history table and its record of materialized views) are not Strata's
 * and are ignored; a materialized view is compared with its columns and indexes, be it PostgreSQL's
 * own or the table that stands in for it on H2, MySQL and MariaDB; a view or table that some other
 * version of the chain has must be absent at a version whose snapshot lacks it.
 */
final class SchemaComparison {

  private final Set<String> chainViews = new TreeSet<>();
  private final Set<String> chainMaterializedViews = new TreeSet<>();
  private final Set<String> chainTables = new TreeSet<>();
  private final Set<String> chainSequences = new TreeSet<>();
  private final TableStructureComparison structures;

  SchemaComparison(List<ExpectedSchema> chain) {
    structures = new TableStructureComparison(chain);
    for (ExpectedSchema schema : chain) {
      for (ExpectedSchema.View view : schema.views()) {
        chainViews.add(key(view.name()));
        view.materialized().ifPresent(m -> chainMaterializedViews.add(key(view.name())));
      }
      for (ExpectedSchema.Table table : schema.tables()) {
        chainTables.add(key(table.name()));
        table.sequences().forEach(sequence -> chainSequences.add(key(sequence)));
      }
    }
  }

  /** The lower-case names of the chain's materialized views, whose indexes the comparison reads. */
  Set<String> materializedViews() {
    return chainMaterializedViews;
  }

  /** Every difference, in a stable order; empty when the database matches. */
  List<String> differences(ExpectedSchema expected, DatabaseObjects database) {
    List<String> differences = new ArrayList<>();
    Set<String> expectedViews = new TreeSet<>();
    for (ExpectedSchema.View view : expected.views()) {
      expectedViews.add(key(view.name()));
      if (view.materialized().isPresent()) {
        compareMaterializedView(view, database, differences);
        continue;
      }
      database
          .view(view.name())
          .ifPresentOrElse(
              columns -> compareViewColumns(view, columns, database, differences),
              () ->
                  differences.add(
                      database.materializedView(view.name()).isPresent()
                          ? view.label()
                              + " is a materialized view in the database, a plain view in the"
                              + " snapshot"
                          : view.label() + " is missing"));
    }
    Set<String> expectedTables = new TreeSet<>();
    for (ExpectedSchema.Table table : expected.tables()) {
      expectedTables.add(key(table.name()));
      database
          .table(table.name())
          .ifPresentOrElse(
              columns -> {
                compareTableColumns(table, columns, differences);
                database
                    .structure(table.name())
                    .ifPresent(actual -> structures.compare(table, actual, differences));
              },
              () -> differences.add("table " + table.name() + " is missing"));
    }
    for (String view : chainViews) {
      if (expectedViews.contains(view)) {
        continue;
      }
      if (database.view(view).isPresent()) {
        differences.add("view " + view + " exists but the snapshot has no such view");
      } else if (chainMaterializedViews.contains(view)
          && database.materializedView(view).isPresent()) {
        differences.add("materialized view " + view + " exists but the snapshot has no such view");
      }
    }
    for (String table : chainTables) {
      if (!expectedTables.contains(table) && database.table(table).isPresent()) {
        differences.add("table " + table + " exists but the snapshot has no such table");
      }
    }
    Set<String> expectedSequences = new TreeSet<>();
    for (ExpectedSchema.Table table : expected.tables()) {
      for (String sequence : table.sequences()) {
        expectedSequences.add(key(sequence));
        if (!database.hasSequence(sequence)) {
          differences.add("sequence " + sequence + " of table " + table.name() + " is missing");
        }
      }
    }
    for (String sequence : chainSequences) {
      if (!expectedSequences.contains(sequence) && database.hasSequence(sequence)) {
        differences.add("sequence " + sequence + " exists but the snapshot has no such sequence");
      }
    }
    return differences;
  }

  private static void compareMaterializedView(
      ExpectedSchema.View view, DatabaseObjects database, List<String> differences) {
    Optional<List<DatabaseColumn>> columns = database.materializedView(view.name());
    if (columns.isEmpty()) {
      differences.add(
          view.label()
              + (database.view(view.name()).isPresent()
                  ? " is a plain view in the database, materialized in the snapshot"
                  : " is missing"));
      return;
    }
    compareViewColumns(view, columns.get(), database, differences);
    if (view.materialized().get().withData() && database.unpopulated(view.name())) {
      differences.add(
          view.label()
              + " holds no data (created WITH NO DATA, not refreshed since), the snapshot's is"
              + " created with its data");
    }
    IndexComparison.compare(
        view.label(),
        view.materialized().get().indexes(),
        database.indexes(view.name()),
        index -> true,
        differences);
  }

  /** The columns of the query that runs on this database: its dialect's, else the portable. */
  private static void compareViewColumns(
      ExpectedSchema.View view,
      List<DatabaseColumn> actual,
      DatabaseObjects database,
      List<String> differences) {
    List<String> own = view.columnsOn(database.dialectNames());
    if (own.isEmpty()) {
      return; // the snapshot cannot name every column: existence is all it states
    }
    List<String> names = actual.stream().map(column -> key(column.name())).toList();
    List<String> expected = own.stream().map(SchemaComparison::key).toList();
    if (!names.equals(expected)) {
      differences.add(view.label() + " has columns " + names + ", the snapshot " + expected);
    }
  }

  private static void compareTableColumns(
      ExpectedSchema.Table table, List<DatabaseColumn> actual, List<String> differences) {
    List<String> names = actual.stream().map(column -> key(column.name())).toList();
    for (ExpectedSchema.Column column : table.columns()) {
      int index = names.indexOf(key(column.name()));
      String label = "table " + table.name() + " column " + column.name();
      if (index < 0) {
        differences.add(label + " is missing");
        continue;
      }
      DatabaseColumn found = actual.get(index);
      PortableType.mismatch(column.type(), found)
          .ifPresent(why -> differences.add(label + ": " + why));
      if (found.nullable() != column.nullable()) {
        differences.add(
            label
                + (column.nullable()
                    ? " is NOT NULL, the snapshot allows NULL"
                    : " allows NULL, the snapshot says NOT NULL"));
      }
      compareGeneratedValues(label, column, found, differences);
      Comments.compare(label, column.comment(), found.comment(), differences);
    }
    Set<String> expected = new TreeSet<>();
    table.columns().forEach(column -> expected.add(key(column.name())));
    names.stream()
        .filter(name -> !expected.contains(name))
        .forEach(
            name ->
                differences.add(
                    "table " + table.name() + " has column " + name + ", the snapshot has not"));
  }

  /**
   * Whether the database generates the column's values as the snapshot says (identity), and gives
   * it a default where the snapshot does: only that it has one, since each database words the
   * expression its own way ({@code 'NEW'::character varying}, {@code b'0'} for FALSE).
   */
  private static void compareGeneratedValues(
      String label, ExpectedSchema.Column column, DatabaseColumn found, List<String> differences) {
    if (found.identity() != column.identity()) {
      differences.add(
          label
              + (column.identity()
                  ? " is not generated by the database, the snapshot says identity"
                  : " is generated by the database (identity), the snapshot's is not"));
      return; // an identity's default, where a database reports one, is the identity's
    }
    if (column.identity()) {
      return;
    }
    if (column.defaultValue().isPresent() && found.defaultValue().isEmpty()) {
      differences.add(label + " has no default, the snapshot's is " + column.defaultValue().get());
    } else if (column.defaultValue().isEmpty() && found.defaultValue().isPresent()) {
      differences.add(label + " has default " + found.defaultValue().get() + ", the snapshot none");
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
