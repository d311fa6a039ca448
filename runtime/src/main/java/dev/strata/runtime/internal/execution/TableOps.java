package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.Table;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.ColumnAttributes;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.execution.UndoLog.Irreversible;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.util.List;
import java.util.Optional;

/**
 * Creates, drops, renames and alters tables and their columns and comments for {@link
 * JdbcOperations}: the views that read a table or column are saved and dropped first, or follow a
 * rename, and what drops or changes data is journaled as irreversible.
 */
final class TableOps {

  private static final SqlSupplier<Boolean> NEVER = StatementRunner.NEVER;

  private final Dialect dialect;
  private final Catalog catalog;
  private final UndoLog undoLog;
  private final OperationJournal journal;
  private final Dependents dependents;
  private final ViewReaders readers;

  TableOps(
      Dialect dialect,
      Catalog catalog,
      UndoLog undoLog,
      OperationJournal journal,
      Dependents dependents,
      ViewReaders readers) {
    this.dialect = dialect;
    this.catalog = catalog;
    this.undoLog = undoLog;
    this.journal = journal;
    this.dependents = dependents;
    this.readers = readers;
  }

  void createTable(Table table) {
    String name = table.name();
    SqlSupplier<Boolean> exists = () -> catalog.tableExists(name);
    journal.begin("table " + name, exists, List.of(dialect.dropTable(name)));
    journal.run(dialect.createTable(table), exists);
    // giving a comment again does no harm
    dialect.comments(table).forEach(statement -> journal.run(statement, NEVER));
  }

  void dropTable(String table) {
    String checked = checkedTable(table);
    readers.checkDrop("table", checked);
    dependents.saveAndDrop(checked);
    undoLog.begin(Irreversible.DESTRUCTIVE);
    catalog.forgetViews();
    journal.run(dialect.dropTable(table), () -> !catalog.tableExists(table));
  }

  void renameTable(String from, String to) {
    String target = Identifiers.renamed(checkedTable(from), checkedTable(to), "table");
    SqlSupplier<Boolean> renamed = () -> !catalog.tableExists(from) && catalog.tableExists(target);
    readers.beforeRename(from);
    journal.begin("table " + from, renamed, List.of(dialect.renameTable(target, from)));
    catalog.forgetViews();
    journal.run(dialect.renameTable(from, target), renamed);
  }

  void addColumn(String table, Column column) {
    checkedTable(table);
    SqlSupplier<Boolean> exists = () -> catalog.columnExists(table, column.name());
    journal.begin(
        "column " + column.name() + " of table " + table,
        exists,
        List.of(dialect.dropColumn(table, column.name())));
    journal.run(dialect.addColumn(table, column), exists);
    dialect.requireAddedColumn(table, column).forEach(statement -> journal.run(statement, NEVER));
    dialect.comments(table, column).forEach(statement -> journal.run(statement, NEVER));
  }

  void dropColumn(String table, String column) {
    checkedTable(table);
    Identifiers.requirePlain(column, "column name");
    dependents.saveAndDropReaders(table, column);
    undoLog.begin(Irreversible.DESTRUCTIVE);
    catalog.forgetViews();
    journal.run(dialect.dropColumn(table, column), () -> !catalog.columnExists(table, column));
  }

  void alterColumn(String table, Column column) {
    dependents.saveAndDropReaders(checkedTable(table), column.name());
    ColumnAttributes kept =
        StatementFailure.reading(
            "column " + column.name() + " of table " + table,
            () -> catalog.columnAttributes(table, column.name()));
    undoLog.begin(Irreversible.DESTRUCTIVE);
    catalog.forgetViews();
    for (String statement : dialect.alterColumn(table, column, kept)) {
      // setting a type or nullability again does no harm
      journal.run(statement, NEVER);
    }
    dialect.comments(table, column).forEach(statement -> journal.run(statement, NEVER));
  }

  void dropDefault(String table, String column) {
    checkedTable(table);
    Identifiers.requirePlain(column, "column name");
    undoLog.begin(Irreversible.DESTRUCTIVE);
    // dropping it again does no harm
    journal.run(dialect.dropDefault(table, column), NEVER);
  }

  void renameColumn(String table, String from, String to) {
    checkedTable(table);
    Identifiers.requirePlain(from, "column name");
    Identifiers.requirePlain(to, "column name");
    if (dialect.viewsFollowRenames()) {
      dependents.followColumnRename(table, from);
    } else {
      dependents.saveAndDropReaders(table, from);
    }
    SqlSupplier<Boolean> renamed =
        () -> !catalog.columnExists(table, from) && catalog.columnExists(table, to);
    journal.begin(
        "column " + from + " of table " + table,
        renamed,
        List.of(dialect.renameColumn(table, to, from)));
    catalog.forgetViews();
    journal.run(dialect.renameColumn(table, from, to), renamed);
    // renaming the check again finds none to rename
    dialect.renameTypeCheck(table, from, to).ifPresent(statement -> journal.run(statement, NEVER));
  }

  void commentOnTable(String table, Optional<String> comment) {
    checkedTable(table);
    SqlSupplier<Optional<String>> current = () -> catalog.tableComment(table);
    journal.begin(
        "the comment of table " + table,
        () -> {
          Optional<String> before = current.get();
          return () -> List.of(dialect.commentOnTable(table, before));
        });
    journal.run(dialect.commentOnTable(table, comment), () -> current.get().equals(comment));
  }

  void commentOnColumn(String table, Column column) {
    checkedTable(table);
    String subject = "the comment of column " + column.name() + " of table " + table;
    // only MySQL's and MariaDB's comment restates the column; COMMENT ON elsewhere names it alone
    ColumnAttributes kept =
        dialect.kind() == DatabaseKind.MYSQL
            ? StatementFailure.reading(
                subject, () -> catalog.columnAttributes(table, column.name()))
            : ColumnAttributes.NONE;
    SqlSupplier<Optional<String>> current = () -> catalog.columnComment(table, column.name());
    journal.begin(
        subject,
        () -> {
          Column before = current.get().map(column::withComment).orElse(column.withoutComment());
          return () -> List.of(dialect.commentOnColumn(table, before, kept));
        });
    journal.run(
        dialect.commentOnColumn(table, column, kept), () -> current.get().equals(column.comment()));
  }

  private static String checkedTable(String name) {
    return Identifiers.requireValid(name, "table name");
  }
}
