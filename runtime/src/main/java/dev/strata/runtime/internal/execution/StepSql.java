package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.lock.Locks;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SQL that a hand-written step may not run on its migration's connection, as it may not call
 * the {@code Connection} methods that do the same: a statement that ends the migration's
 * transaction, or one that moves the session to another schema, where the rest of the run would go
 * on, or, on PostgreSQL, one that sets a setting beyond the transaction ({@link SessionSql}). Each
 * top-level statement of a text is read, as {@link TopLevelStatements} splits it.
 */
final class StepSql {

  // leading blanks and comments, which drivers send along
  private static final String LEAD = "^(?:\\s+|--[^\\n]*(?:\\n|$)|/\\*[\\s\\S]*?\\*/)*";

  // ROLLBACK TO [SAVEPOINT] undoes part of the step, not the migration; MySQL's BEGIN [WORK] and
  // START TRANSACTION commit the transaction open; PostgreSQL's PREPARE TRANSACTION ends it,
  // keeping its locks until someone runs COMMIT PREPARED; a BEGIN followed by statements is a
  // compound block (BEGIN NOT ATOMIC ... END, Oracle mode's BEGIN ... END), which starts none
  private static final Pattern ENDS_TRANSACTION =
      Pattern.compile(
          LEAD
              + "(?:(?:COMMIT|END|ABORT|ROLLBACK(?!(?:\\s+(?:WORK|TRANSACTION))?\\s+TO\\b)"
              + "|START\\s+TRANSACTION|PREPARE\\s+TRANSACTION"
              + "|SET\\s+(?:SESSION\\s+|@@(?:SESSION\\.)?)?AUTOCOMMIT)\\b[\\s\\S]*"
              + "|BEGIN(?:\\s+(?:WORK|TRANSACTION))?\\s*"
              + "(?:(?:ISOLATION|READ|DEFERRABLE|NOT\\s+DEFERRABLE)\\b[\\s\\S]*)?)",
          Pattern.CASE_INSENSITIVE);

  // RESET takes PostgreSQL's search_path back to the session's default, which a pool's
  // setSchema (HikariCP's schema) is not; H2's SCHEMA_SEARCH_PATH is its search_path, for the
  // session, and cannot be read back to be set back
  private static final Pattern MOVES_SCHEMA =
      Pattern.compile(
          LEAD
              + "(?:USE|SET\\s+(?:SESSION\\s+|LOCAL\\s+)?(?:SCHEMA|SEARCH_PATH|SCHEMA_SEARCH_PATH)"
              + "|RESET\\s+(?:SEARCH_PATH|ALL))\\b[\\s\\S]*",
          Pattern.CASE_INSENSITIVE);

  // in a block, END closes the block: only what ends a transaction there
  private static final Pattern ENDS_IN_BLOCK =
      Pattern.compile(
          "(?:COMMIT|ROLLBACK(?!(?:\\s+(?:WORK|TRANSACTION))?\\s+TO\\b)|START\\s+TRANSACTION"
              + "|SET\\s+(?:SESSION\\s+|@@(?:SESSION\\.)?)?AUTOCOMMIT)\\b[\\s\\S]*",
          Pattern.CASE_INSENSITIVE);

  // Connection.setTransactionIsolation or setReadOnly in SQL: a session's characteristics outlive
  // the migration's transaction, and the history writes and the later migrations run under them
  // (READ ONLY made them fail, naming them rather than the step)
  private static final Pattern CHANGES_TRANSACTIONS =
      Pattern.compile(
          LEAD
              + "SET\\s+(?:(?:SESSION|GLOBAL|LOCAL)\\s+)?"
              + "(?:TRANSACTION|CHARACTERISTICS)\\b[\\s\\S]*"
              + "|"
              + LEAD
              + "SET\\s+(?:SESSION\\s+|LOCAL\\s+|GLOBAL\\s+|@@(?:SESSION\\.|GLOBAL\\.)?)?"
              + "(?:DEFAULT_TRANSACTION_|TRANSACTION_|TX_)(?:READ_ONLY|ISOLATION)\\b[\\s\\S]*",
          Pattern.CASE_INSENSITIVE);

  // MySQL's and MariaDB's RELEASE_ALL_LOCKS() releases the named lock that Strata holds on the
  // same session for the whole run, and the run would go on unaware while another instance
  // migrates
  private static final Pattern RELEASES_LOCKS =
      Pattern.compile("[\\s\\S]*\\bRELEASE_ALL_LOCKS\\s*\\([\\s\\S]*", Pattern.CASE_INSENSITIVE);

  // GET_LOCK or RELEASE_LOCK of Strata's own named lock, given by its name: released, the run goes
  // on unlocked; taken once more, the server counts it twice, and it outlives the run on a pooled
  // connection, so that every later start waits for it
  private static final Pattern NAMES_STRATAS_LOCK =
      Pattern.compile(
          "[\\s\\S]*\\b(?:GET_LOCK|RELEASE_LOCK)\\s*\\(\\s*['\"]"
              + Pattern.quote(Locks.NAMED_LOCK_PREFIX)
              + "[\\s\\S]*",
          Pattern.CASE_INSENSITIVE);

  // LOCK TABLE is a synonym; PostgreSQL's LOCK TABLE is transactional, and H2 has none. FLUSH
  // TABLES ... WITH READ LOCK (or FOR EXPORT) commits too, and then refuses the history's write
  private static final Pattern LOCKS_TABLES =
      Pattern.compile(
          LEAD
              + "(?:LOCK\\s+TABLES?\\b|FLUSH\\s+(?:LOCAL\\s+|NO_WRITE_TO_BINLOG\\s+)?TABLES?\\b"
              + "[\\s\\S]*\\b(?:WITH\\s+READ\\s+LOCK|FOR\\s+EXPORT)\\b)[\\s\\S]*",
          Pattern.CASE_INSENSITIVE);

  // PostgreSQL: a SET without LOCAL, or a RESET, outlives the migration's transaction when it
  // commits (a rollback undoes it), and SET LOCAL ends with it; SET CONSTRAINTS is the
  // transaction's own
  private static final Pattern SETS_SESSION =
      Pattern.compile(
          LEAD + "(?:SET\\s+(?!LOCAL\\b|CONSTRAINTS\\b)|RESET\\s)[\\s\\S]*",
          Pattern.CASE_INSENSITIVE);

  private StepSql() {}

  /**
   * @throws SQLException if {@code sql} ends the transaction or moves the session, naming {@code
   *     step}
   */
  static void requireAllowed(String sql, String step, DatabaseKind kind) throws SQLException {
    String stepName = "Hand-written step " + step;
    requireAllowed(
        sql,
        kind,
        stepName,
        "Leave the transaction as it is; throw to make the migration fail and roll back, and use"
            + " ROLLBACK TO SAVEPOINT to undo part of the step.");
  }

  /**
   * @throws SQLException if {@code sql}, which a migration's own code ran through {@code
   *     Operations.execute}, ends the transaction or moves the session
   */
  static void requireAllowedInMigration(String sql, DatabaseKind kind) throws SQLException {
    requireAllowed(
        sql,
        kind,
        "The migration",
        "Take the statement out: Strata commits a migration when all of it has run, and rolls it"
            + " back whole if it fails. To make part of the work permanent first, move the rest"
            + " to a migration of the next version.");
  }

  // a step can change the session's settings in SQL at any time, and a pool or a URL can set them:
  // the text is refused if it would be under any setting, since the one it runs under is unknown
  private static void requireAllowed(String sql, DatabaseKind kind, String who, String advice)
      throws SQLException {
    for (Backslashes reading : Backslashes.readings(sql, kind)) {
      try {
        requireAllowed(sql, null, kind, reading, who, advice);
      } catch (SQLException e) {
        if (reading.setting() == null) {
          throw e;
        }
        throw new SQLException(
            e.getMessage()
                + " (Read under "
                + reading.setting()
                + ": Strata reads a text that holds a backslash under each setting it could run"
                + " under, which it cannot know. Write a quote in a string as two, '', which every"
                + " setting reads alike.)",
            e);
      }
    }
  }

  /**
   * @param outer the text that ran {@code sql} through dynamic SQL, which refusals name; null for a
   *     text given to the driver
   */
  private static void requireAllowed(
      String sql, String outer, DatabaseKind kind, Backslashes reading, String who, String advice)
      throws SQLException {
    String whole = outer == null ? sql.strip() : outer;
    for (String statement : TopLevelStatements.inBlocks(sql, kind, reading)) {
      // MariaDB commits in a block it runs (BEGIN NOT ATOMIC ... COMMIT; END), as outside one
      if (ENDS_IN_BLOCK.matcher(statement).matches()) {
        throw new SQLException(
            who
                + " ran "
                + statement
                + " in a block of "
                + whole
                + ": it ends the migration's transaction, which Strata ends. "
                + advice);
      }
      requireAllowedDynamic(statement, whole, kind, reading, who, advice);
    }
    List<String> statements = TopLevelStatements.of(sql, kind, reading);
    for (String statement : statements) {
      String ran = statements.size() == 1 && outer == null ? whole : statement + ", in " + whole;
      if (ENDS_TRANSACTION.matcher(statement).matches()) {
        throw new SQLException(
            who
                + " ran "
                + ran
                + ": it ends the migration's transaction, which Strata ends. "
                + advice);
      }
      if (MOVES_SCHEMA.matcher(statement).matches()) {
        throw movesSchema(who, "ran " + ran);
      }
      if (CHANGES_TRANSACTIONS.matcher(statement).matches()) {
        throw new SQLException(
            who
                + " ran "
                + ran
                + ": it changes the transactions that follow, Strata's history writes and the"
                + " later migrations, as Connection.setTransactionIsolation and setReadOnly do."
                + " Leave the session's transactions as they are.");
      }
      if (kind == DatabaseKind.POSTGRESQL && SETS_SESSION.matcher(statement).matches()) {
        throw SessionSql.outlivesTransaction(who, ran, statement);
      }
      if (kind == DatabaseKind.POSTGRESQL && SessionSql.setsConfigForSession(statement, reading)) {
        throw SessionSql.setConfigOutlivesTransaction(who, ran);
      }
      if (RELEASES_LOCKS.matcher(statement).matches()) {
        throw new SQLException(
            who
                + " ran "
                + ran
                + ": it releases the migration lock, a named lock Strata holds on the same"
                + " connection, and another instance could then apply the same migrations at"
                + " once. Release only the locks you took, each by its name with"
                + " RELEASE_LOCK('name').");
      }
      if (NAMES_STRATAS_LOCK.matcher(statement).matches()) {
        throw new SQLException(
            who
                + " ran "
                + ran
                + ": it takes or releases the migration lock, the named lock Strata holds on the"
                + " same connection for the run (its name begins with "
                + Locks.NAMED_LOCK_PREFIX
                + "). Released, another instance could apply the same migrations at once; taken"
                + " again, the server holds it twice and it outlives the run. Give a lock of your"
                + " own another name.");
      }
      if (kind == DatabaseKind.MYSQL && LOCKS_TABLES.matcher(statement).matches()) {
        throw new SQLException(
            who
                + " ran "
                + ran
                + ": MySQL and MariaDB commit the migration's transaction, which Strata ends, before"
                + " they lock the tables, and until UNLOCK TABLES the session may use no other"
                + " table, Strata's history included. Let the transaction lock what the step"
                + " changes: SELECT ... FOR UPDATE locks the rows it reads.");
      }
      requireAllowedDynamic(statement, whole, kind, reading, who, advice);
    }
  }

  // MariaDB runs the literal's statement as if it were sent: PREPARE fill FROM 'COMMIT' commits
  private static void requireAllowedDynamic(
      String statement,
      String whole,
      DatabaseKind kind,
      Backslashes reading,
      String who,
      String advice)
      throws SQLException {
    String dynamic = kind == DatabaseKind.MYSQL ? PreparedSql.of(statement, reading) : null;
    if (dynamic != null) {
      requireAllowed(dynamic, whole, kind, reading, who, advice);
    }
  }

  /**
   * The refusal of what moves the step's session to another schema, in SQL or through {@code
   * Connection.setSchema}: {@code who} did {@code what}, such as {@code Hand-written step
   * com.example.Fill} and {@code called Connection.setSchema()}.
   */
  static SQLException movesSchema(String who, String what) {
    return new SQLException(
        who
            + " "
            + what
            + ": the rest of the migration, the migrations after it and the history table use"
            + " the connection's schema. Leave it as it is, and qualify the names of another"
            + " schema's objects in the SQL (reports.totals).");
  }
}
