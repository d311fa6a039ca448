package dev.strata.runtime;

import dev.strata.runtime.internal.dialect.SequenceDdl;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The vocabulary in which a {@link Migration} speaks to the database; the runtime renders each
 * operation in the DDL of the database it runs on.
 *
 * <pre>{@code
 * public void upgrade(Operations ops) {
 *   ops.addColumn("users", Column.of("name", "VARCHAR(100)"));
 *   ops.replaceView("active_users", "SELECT id, email, name FROM users WHERE active = TRUE");
 * }
 * }</pre>
 *
 * <p>Names are plain SQL identifiers, written unquoted so that each database applies its own case
 * rules; tables and views may be schema-qualified. Where DDL commits at once (H2, MySQL, MariaDB) a
 * failed migration is undone operation by operation, except {@link #dropTable}, {@link
 * #dropColumn}, {@link #alterColumn} and {@link #execute}, whose effect Strata cannot take back
 * without the data they removed: the failure lists them.
 */
public interface Operations {

  /** Creates a view that does not exist yet. */
  void createView(String name, String sql);

  /**
   * Changes the query of an existing view, keeping its name. Where the database can, in place
   * ({@code CREATE OR REPLACE VIEW}), which keeps the view's grants; PostgreSQL can only when the
   * new query keeps the view's columns, their names, order and types, and adds any at the end. When
   * it refuses, the view is dropped, with the views that read it saved and created again
   * afterwards, and created with the new query.
   */
  void replaceView(String name, String sql);

  /**
   * Creates a view whose query or options differ per database: the dialect of the connected
   * database replaces the portable query, and the options it has are rendered. This default, for
   * implementations written before dialects existed, creates the portable query without options.
   *
   * <pre>{@code
   * ops.createView("active_users", ViewQuery.of("SELECT ...").on("postgresql", "SELECT ..."));
   * }</pre>
   */
  default void createView(String name, ViewQuery query) {
    createView(name, query.sql());
  }

  /**
   * Changes the query or the options of an existing view, as {@link #createView(String, ViewQuery)}
   * renders them. This default replaces it with the portable query, without options.
   */
  default void replaceView(String name, ViewQuery query) {
    replaceView(name, query.sql());
  }

  /** Drops an existing view. */
  void dropView(String name);

  /**
   * Renames an existing view, keeping its query. Views that read it are the migration's business:
   * depending on the database they follow the rename, break, or block it, so a migration drops and
   * recreates them around the rename where needed.
   *
   * <pre>{@code
   * ops.renameView("active_users", "current_users");
   * }</pre>
   *
   * @param from the view's current name, optionally schema-qualified
   * @param to the new name, unqualified or in the same schema as {@code from}: a rename never moves
   *     a view to another schema
   */
  void renameView(String from, String to);

  /**
   * Creates a table with its columns and primary key; its indexes and foreign keys follow with
   * {@link #createIndex} and {@link #addForeignKey}.
   *
   * <pre>{@code
   * ops.createTable(new Table("customers",
   *     List.of(Column.of("id", "BIGINT").generatedAsIdentity(),
   *             Column.of("name", "VARCHAR(255)")),
   *     List.of("id")));
   * }</pre>
   */
  void createTable(Table table);

  /** Drops a table and its rows; views and foreign keys that need it must be gone first. */
  void dropTable(String table);

  /**
   * Renames a table, keeping its rows, indexes and constraints.
   *
   * @param from the table's current name, optionally schema-qualified
   * @param to the new name, unqualified or in the same schema as {@code from}
   */
  void renameTable(String from, String to);

  /**
   * Adds a column to a table. A NOT NULL column with a {@linkplain Column#withDefault default}
   * gives the rows already there its default; one without a default can only be added to an empty
   * table.
   *
   * <pre>{@code
   * ops.addColumn("orders", Column.of("priority", "INTEGER").notNull().withDefault("0"));
   * }</pre>
   */
  void addColumn(String table, Column column);

  /** Drops a column and its values. */
  void dropColumn(String table, String column);

  /**
   * Gives an existing column the type, nullability and default of {@code column}, keeping its
   * values where the database can convert them; a column made NOT NULL that has a default first
   * gives its NULLs the default. Identity is not added or removed; on MySQL and MariaDB, which
   * restate the whole column, {@code column.identity()} must say whether it is one. A column that
   * holds a {@linkplain Column#comment() comment} gives it to the column; one that holds none keeps
   * the comment the column has ({@link #commentOnColumn} removes it).
   *
   * <pre>{@code
   * ops.alterColumn("customers", Column.of("name", "VARCHAR(500)"));
   * }</pre>
   */
  void alterColumn(String table, Column column);

  /**
   * Removes the default of a column, which {@link #alterColumn} only sets. Like {@link
   * #alterColumn}, it is not undone when a later operation fails.
   */
  void dropDefault(String table, String column);

  /** Renames a column of a table, keeping its values. */
  void renameColumn(String table, String from, String to);

  /**
   * Gives a table the comment {@code comment}, or removes its comment when that is empty ({@code
   * COMMENT ON TABLE}, or MySQL's {@code ALTER TABLE ... COMMENT}).
   *
   * <pre>{@code
   * ops.commentOnTable("orders", Optional.of("one row per checkout"));
   * }</pre>
   */
  void commentOnTable(String table, Optional<String> comment);

  /**
   * Gives an existing column the {@linkplain Column#comment() comment} of {@code column}, or
   * removes its comment when that has none ({@code COMMENT ON COLUMN}). MySQL and MariaDB can only
   * restate the whole column to do so: there the rest of {@code column} must say what the column
   * is, as for {@link #alterColumn}, and its character set, collation, {@code ON UPDATE} and
   * invisibility are kept.
   *
   * <pre>{@code
   * ops.commentOnColumn("orders", Column.of("placed_at", "TIMESTAMP").withComment("paid at"));
   * }</pre>
   */
  void commentOnColumn(String table, Column column);

  /**
   * Creates an index on a table; a unique one is a {@code CREATE UNIQUE INDEX}, which {@link
   * #dropIndex} drops like any other.
   */
  void createIndex(String table, Index index);

  /**
   * Drops an index of a table. MySQL, MariaDB and H2 refuse to drop an index that a foreign key
   * uses: drop the foreign key first.
   */
  void dropIndex(String table, String index);

  /**
   * Adds a foreign key constraint to the referencing table {@code table}.
   *
   * <pre>{@code
   * ops.addForeignKey("orders",
   *     new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id")));
   * }</pre>
   */
  void addForeignKey(String table, ForeignKey foreignKey);

  /** Drops a foreign key constraint of the referencing table {@code table}. */
  void dropForeignKey(String table, String foreignKey);

  /**
   * Adds a check constraint to a table; the rows already there must pass it.
   *
   * <pre>{@code
   * ops.addCheck("products", new Check("products_price_check", "price>=0"));
   * }</pre>
   */
  void addCheck(String table, Check check);

  /** Drops a check constraint of a table. */
  void dropCheck(String table, String check);

  /** Executes one statement as it is, for what the other operations cannot say. */
  void execute(String sql);

  /**
   * Creates a hand-written step and runs its {@link JavaStep#upgrade upgrade}, where the generated
   * migration of its version calls it. Strata creates the step: a constructor that throws (checked
   * exceptions included), or a class missing at run time, fails the migration naming the step, and
   * a script ({@code strata sql}) names the step without creating it.
   *
   * <pre>{@code
   * ops.runStep("com.example.BackfillDisplayName", () -> new BackfillDisplayName());
   * }</pre>
   *
   * @param stepClass the step's class name, for scripts and failures
   * @param create creates the step
   */
  void runStep(String stepClass, Callable<? extends JavaStep> create);

  /**
   * Creates a hand-written step and runs its {@link JavaStep#downgrade downgrade}, as its version
   * is reverted; as {@link #runStep(String, Callable)}.
   */
  void revertStep(String stepClass, Callable<? extends JavaStep> create);

  /**
   * Runs the {@link JavaStep#upgrade upgrade} of a step created already, as migrations generated by
   * an earlier Strata do: a constructor that threw failed before Strata could name the step.
   */
  default void runStep(JavaStep step) {
    runStep(stepName(step), () -> step);
  }

  /**
   * Runs the {@link JavaStep#downgrade downgrade} of a step created already; see {@link
   * #runStep(JavaStep)}.
   */
  default void revertStep(JavaStep step) {
    revertStep(stepName(step), () -> step);
  }

  // a nested step is Outer.Inner, as the processor names it in the checksum and the migrations
  // it generates, not the binary Outer$Inner; a lambda or anonymous class has no such name
  private static String stepName(JavaStep step) {
    String canonical = step.getClass().getCanonicalName();
    return canonical != null ? canonical : step.getClass().getName();
  }

  /**
   * Creates a sequence, as Hibernate's sequence generators read it (H2, PostgreSQL, MariaDB; MySQL
   * has none). Like {@link #execute}, it is not undone when a later operation fails.
   *
   * <pre>{@code
   * ops.createSequence("author_SEQ", 1L, 50L);   // @GeneratedValue's default in Hibernate 6+
   * }</pre>
   */
  default void createSequence(String name, long start, long increment) {
    execute(SequenceDdl.create(name, start, increment));
  }

  /** Drops a sequence. */
  default void dropSequence(String name) {
    execute(SequenceDdl.drop(name));
  }

  /**
   * Renames a sequence, keeping the value it gives next, so that the keys it generates go on after
   * those its table's rows hold: {@code ALTER SEQUENCE ... RENAME TO} on PostgreSQL, {@code RENAME
   * TABLE} on MariaDB; H2, which renames no sequence, creates the new one with the old one's start
   * and increment, restarts it at the old one's next value and drops the old one. Like {@link
   * #execute}, it is not undone when a later operation fails.
   *
   * <pre>{@code
   * ops.renameSequence("Bin_SEQ", "StorageBin_SEQ");   // the entity Bin renamed StorageBin
   * }</pre>
   */
  void renameSequence(String from, String to);

  /**
   * Moves a sequence's next value past the keys a table's rows hold, to the highest key plus the
   * increment, as Hibernate's pooled optimizer needs (it takes a value {@code v} for the keys
   * {@code v - increment + 1} to {@code v}); a sequence already past them, or a table without rows,
   * leaves it where it is, and it never moves back. A migration calls it after creating a sequence
   * for a table that had rows. Like {@link #execute}, it is not undone when a later operation
   * fails.
   *
   * <pre>{@code
   * ops.startSequenceAfterKeys("Invoice_SEQ", 50L, "Invoice", "id");   // keys 1 and 70: next 120
   * }</pre>
   *
   * @throws IllegalArgumentException for an increment that is not positive
   */
  void startSequenceAfterKeys(String sequence, long increment, String table, String keyColumn);

  /**
   * Creates a materialized view and its indexes, filled from its query when {@code withData}, else
   * empty until it is refreshed ({@link Strata#refresh(String)}). On PostgreSQL a {@code CREATE
   * MATERIALIZED VIEW}; on H2 and MySQL/MariaDB, which have none, a table created from the query
   * stands in for it. Either way Strata records it beside the history table, for refreshes.
   *
   * <pre>{@code
   * ops.createMaterializedView("customer_totals", "SELECT customer_id, SUM(total) AS total ...",
   *     true, List.of(Index.uniqueOn("customer_totals_customer_id_key", List.of("customer_id"))));
   * }</pre>
   *
   * @throws UnsupportedOperationException unless the implementation knows materialized views, as
   *     Strata's own do
   */
  default void createMaterializedView(
      String name, String sql, boolean withData, List<Index> indexes) {
    throw new UnsupportedOperationException(
        getClass().getName() + " cannot create materialized view " + name);
  }

  /**
   * Creates a materialized view whose query differs per database: the dialect of the connected
   * database replaces the portable query, as for {@link #createView(String, ViewQuery)}. A
   * materialized view has no options: a {@code query} with any is refused. This default, for
   * implementations written before dialects existed, creates it from the portable query.
   *
   * <pre>{@code
   * ops.createMaterializedView("tag_lists",
   *     ViewQuery.of("SELECT post_id, LISTAGG(tag, ',') AS tags FROM tags GROUP BY post_id")
   *         .on("postgresql", "SELECT post_id, string_agg(tag, ',') AS tags FROM tags GROUP BY post_id"),
   *     true, List.of());
   * }</pre>
   */
  default void createMaterializedView(
      String name, ViewQuery query, boolean withData, List<Index> indexes) {
    createMaterializedView(name, query.sql(), withData, indexes);
  }

  /**
   * Creates an index on an existing materialized view (on H2 and MySQL/MariaDB, on the table that
   * stands in for it), keeping its rows, and records it with the view, so that a refresh that
   * builds the view anew creates it too.
   *
   * <pre>{@code
   * ops.createMaterializedViewIndex("customer_totals",
   *     Index.on("customer_totals_total_idx", List.of("total")));
   * }</pre>
   *
   * @throws UnsupportedOperationException unless the implementation knows materialized views
   */
  default void createMaterializedViewIndex(String view, Index index) {
    throw new UnsupportedOperationException(
        getClass().getName() + " cannot create an index on materialized view " + view);
  }

  /**
   * Drops an index of a materialized view, keeping its rows, and forgets it in the view's record.
   *
   * @throws UnsupportedOperationException unless the implementation knows materialized views
   */
  default void dropMaterializedViewIndex(String view, String index) {
    throw new UnsupportedOperationException(
        getClass().getName() + " cannot drop an index of materialized view " + view);
  }

  /**
   * Drops a materialized view (or the table that stands in for one), its rows and its indexes.
   *
   * @throws UnsupportedOperationException unless the implementation knows materialized views
   */
  default void dropMaterializedView(String name) {
    throw new UnsupportedOperationException(
        getClass().getName() + " cannot drop materialized view " + name);
  }
}
