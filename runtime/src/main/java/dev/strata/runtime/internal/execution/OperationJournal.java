package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.util.List;

/**
 * Opens each operation of a run in its {@link UndoLog}, with how to undo it read beforehand where
 * DDL commits at once, and hands its statements to the {@link StatementRunner} with the check that
 * tells a resumed run whether each one already took effect.
 */
final class OperationJournal {

  private final Dialect dialect;
  private final UndoLog undoLog;
  private final StatementRunner statements;

  OperationJournal(Dialect dialect, UndoLog undoLog, StatementRunner statements) {
    this.dialect = dialect;
    this.undoLog = undoLog;
    this.statements = statements;
  }

  /**
   * Opens an operation whose effect {@code effect} tells, undone by {@code inverse} if the effect
   * is there when undoing and was not before.
   */
  void begin(String subject, SqlSupplier<Boolean> effect, List<String> inverse) {
    begin(subject, () -> Restores.ifTookEffect(effect.get(), effect, inverse));
  }

  void begin(String subject, SqlSupplier<SqlSupplier<List<String>>> before) {
    if (dialect.transactionalDdl()) {
      // a rollback undoes it all: no need to read the state first
      undoLog.begin();
    } else {
      undoLog.begin(subject, probe(subject, before));
    }
  }

  void run(String sql, SqlSupplier<Boolean> tookEffect) {
    statements.run(sql, tookEffect);
  }

  static <T> T probe(String subject, SqlSupplier<T> check) {
    return StatementFailure.reading("the current state of " + subject, check);
  }
}
