package dev.strata.processor.verify;

import java.util.List;
import java.util.Map;

/** What running one view's query at compile time showed. */
public sealed interface Verdict {

  /**
   * The query ran.
   *
   * @param columns the columns it returns, in order
   * @param nullWitnesses by column name, rows on which the view returned NULL there, for the views
   *     whose columns were probed ({@link NullWitnesses})
   */
  record Passed(List<ResultColumn> columns, Map<String, NullWitness> nullWitnesses)
      implements Verdict {
    public Passed {
      columns = List.copyOf(columns);
      nullWitnesses = Map.copyOf(nullWitnesses);
    }
  }

  /** The database refused the query, with its own message. */
  record Failed(String databaseMessage) implements Verdict {}

  /**
   * H2 ran the query, and PostgreSQL, which the module targets, has no aggregate its query calls
   * for the argument's type ({@link PostgresAggregates}): {@code construct} says which and what to
   * write.
   */
  record RefusedByPostgres(String construct) implements Verdict {}

  /**
   * H2 ran the query, and {@code database}, which the module targets, reads it otherwise ({@link
   * MySqlDateArithmetic}, {@link Remainders}): {@code construct} says where and what to write.
   */
  record Misread(String database, String construct) implements Verdict {}

  /** A table the query reads could not be created from its entity, with the database's message. */
  record TableFailed(String table, String databaseMessage) implements Verdict {}

  /** The query reads tables that the module does not declare. */
  record ReadsUndeclared(List<String> tables) implements Verdict {
    public ReadsUndeclared {
      tables = List.copyOf(tables);
    }
  }

  /**
   * The query was not run: its check is turned off, it reads tables managed elsewhere, or it reads
   * a view that could not be checked.
   */
  record NotRun() implements Verdict {}

  /**
   * One column of a view's result.
   *
   * @param name its label, in lower case
   * @param typeName the type the database reports
   * @param category the type's family
   * @param quoted whether the label keeps a case that the database gives no unquoted name (the
   *     query wrote it as a quoted identifier, {@code AS "Id"}), so that SQL naming it unquoted
   *     does not find it
   */
  record ResultColumn(String name, String typeName, TypeCategory category, boolean quoted) {

    /**
     * The type name of a condition, {@code TRUE} or {@code FALSE} that H2 returns as a boolean and
     * MySQL and MariaDB as a number ({@link MySqlResultColumns}): their {@code int}, a name H2
     * gives no column (its integer is an {@code INTEGER}).
     */
    public static final String CONDITION_AS_NUMBER = "INT";

    /** Whether this is a condition that MySQL and MariaDB return as a number. */
    public boolean conditionAsNumber() {
      return category == TypeCategory.INTEGRAL && typeName.equals(CONDITION_AS_NUMBER);
    }
  }
}
