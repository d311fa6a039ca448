package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.DatabaseKind;

/**
 * H2, which commits every DDL statement at once (so failed migrations are undone by inverse
 * statements) and replaces a view in one statement.
 */
final class H2Dialect implements Dialect {

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.H2;
  }

  @Override
  public String name() {
    return "H2";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  // H2 writes commits to its file in the background, half a second later by default (WRITE_DELAY)
  @Override
  public String makeDurable() {
    return "CHECKPOINT SYNC";
  }
}
