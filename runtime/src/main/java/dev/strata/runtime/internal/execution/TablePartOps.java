package dev.strata.runtime.internal.execution;

import dev.strata.runtime.Check;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.jdbc.SqlFunction;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Adds and drops the named parts of a table for {@link JdbcOperations}: indexes, foreign keys and
 * check constraints, each undone by what the catalog reads of it, since the call names it only.
 */
final class TablePartOps {

  private final Dialect dialect;
  private final Catalog catalog;
  private final OperationJournal journal;

  TablePartOps(Dialect dialect, Catalog catalog, OperationJournal journal) {
    this.dialect = dialect;
    this.catalog = catalog;
    this.journal = journal;
  }

  void createIndex(String table, Index index) {
    checkedTable(table);
    String subject = "index " + index.name() + " of table " + table;
    // H2 keeps the index it made for a key beside this one, where a key added after this index
    // takes it instead: the key is dropped around the creation, with its index, and added again
    List<ForeignKey> rehomed =
        dialect.foreignKeysTakeExistingIndexes()
            ? OperationJournal.probe(subject, () -> catalog.foreignKeysThatWouldTake(table, index))
            : List.of();
    rehomed.forEach(key -> dropForeignKey(table, key.name()));
    // undone by what drops it then: the database may have dropped a key's index of its own since
    addPart(
        subject,
        () -> catalog.index(table, index.name()),
        OperationJournal.probe(subject, () -> createIndexStatement(table, index)),
        () -> dropIndexStatement(table, index.name()));
    rehomed.forEach(key -> addForeignKey(table, key));
  }

  /**
   * The statement that creates {@code index} now: where foreign keys need an index, it drops in the
   * same statement the indexes that stood in for keys it serves, which MySQL and MariaDB keep once
   * Strata added them (see {@link #dropIndexStatement}).
   */
  private String createIndexStatement(String table, Index index) throws SQLException {
    List<String> replaced =
        dialect.foreignKeysNeedAnIndex() ? catalog.keyIndexesReplacedBy(table, index) : List.of();
    return dialect.createIndex(table, index, replaced);
  }

  void dropIndex(String table, String index) {
    checkedTable(table);
    Identifiers.requirePlain(index, "index name");
    String subject = "index " + index + " of table " + table;
    // H2 refuses to drop an index a foreign key took for its own: the key is dropped around it,
    // and added again once it is gone, when H2 makes an index of its own for the key
    List<ForeignKey> owners =
        dialect.foreignKeysTakeExistingIndexes()
            ? OperationJournal.probe(subject, () -> catalog.foreignKeysOwning(table, index))
            : List.of();
    owners.forEach(key -> dropForeignKey(table, key.name()));
    dropPart(
        subject,
        () -> catalog.index(table, index),
        before -> createIndexStatement(table, before),
        OperationJournal.probe(subject, () -> dropIndexStatement(table, index)));
    owners.forEach(key -> addForeignKey(table, key));
  }

  /**
   * The statement that drops {@code index} now: where foreign keys need an index, it adds in the
   * same statement the indexes the database made for the keys that only {@code index} serves.
   */
  private String dropIndexStatement(String table, String index) throws SQLException {
    List<Index> replacements =
        dialect.foreignKeysNeedAnIndex()
            ? catalog.indexesForKeysServedOnlyBy(table, index)
            : List.of();
    return dialect.dropIndex(table, index, replacements);
  }

  void addForeignKey(String table, ForeignKey foreignKey) {
    checkedTable(table);
    try {
      addPart(
          "foreign key " + foreignKey.name() + " of table " + table,
          () -> catalog.foreignKey(table, foreignKey.name()),
          dialect.addForeignKey(table, foreignKey),
          () -> dialect.dropForeignKey(table, foreignKey.name()));
    } catch (StatementFailure failure) {
      throw withOrphan(failure, table, foreignKey);
    }
  }

  /**
   * The failure with the first row the key refused named, where the database names only the key
   * (H2, MariaDB) and its session still reads; PostgreSQL names the row, and its transaction is
   * aborted.
   */
  private StatementFailure withOrphan(StatementFailure failure, String table, ForeignKey key) {
    if (dialect.transactionalDdl()) {
      return failure;
    }
    Optional<String> orphan;
    try {
      orphan = catalog.firstOrphan(table, key);
    } catch (SQLException e) {
      failure.addSuppressed(e);
      return failure;
    }
    if (orphan.isEmpty()) {
      return failure;
    }
    SQLException cause = failure.sqlException();
    SQLException named =
        new SQLException(
            cause.getMessage()
                + " (the first row of "
                + table
                + " that refers to no row of "
                + key.referencedTable()
                + " has "
                + orphan.get()
                + ")",
            cause.getSQLState(),
            cause.getErrorCode(),
            cause);
    return new StatementFailure(failure.statement(), named, failure.step());
  }

  void dropForeignKey(String table, String foreignKey) {
    checkedTable(table);
    Identifiers.requirePlain(foreignKey, "foreign key name");
    dropPart(
        "foreign key " + foreignKey + " of table " + table,
        () -> catalog.foreignKey(table, foreignKey),
        before -> dialect.addForeignKey(table, before),
        dialect.dropForeignKey(table, foreignKey));
  }

  void addCheck(String table, Check check) {
    checkedTable(table);
    addPart(
        "check constraint " + check.name() + " of table " + table,
        () -> catalog.check(table, check.name()),
        dialect.addCheck(table, check),
        () -> dialect.dropCheck(table, check.name()));
  }

  void dropCheck(String table, String check) {
    checkedTable(table);
    Identifiers.requirePlain(check, "check constraint name");
    dropPart(
        "check constraint " + check + " of table " + table,
        () -> catalog.check(table, check),
        before -> dialect.addCheck(table, before),
        dialect.dropCheck(table, check));
  }

  /**
   * Adds a named part of a table (an index, a foreign key) that {@code current} reads from the
   * catalog, or null while it is absent; undone by the statement {@code drop} gives when undoing.
   */
  private void addPart(
      String subject, SqlSupplier<?> current, String add, SqlSupplier<String> drop) {
    SqlSupplier<Boolean> exists = () -> current.get() != null;
    journal.begin(
        subject, () -> Restores.ifTookEffect(exists.get(), exists, () -> List.of(drop.get())));
    journal.run(add, exists);
  }

  /**
   * Drops a named part of a table that {@code current} reads from the catalog; undone by {@code
   * recreate} of what it read before, since the call names the part only, worked out when undoing
   * (an index's stand-ins for keys are those there then).
   */
  private <T> void dropPart(
      String subject, SqlSupplier<T> current, SqlFunction<T, String> recreate, String drop) {
    SqlSupplier<Boolean> dropped = () -> current.get() == null;
    journal.begin(
        subject,
        () -> {
          T before = current.get();
          return Restores.ifTookEffect(
              before == null,
              dropped,
              () -> before == null ? List.of() : List.of(recreate.apply(before)));
        });
    journal.run(drop, dropped);
  }

  private static String checkedTable(String name) {
    return Identifiers.requireValid(name, "table name");
  }
}
