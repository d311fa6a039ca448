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

  @Override
  public ViewRecreation viewRecreation() {
    return ViewRecreation.REPLACE_IN_PLACE;
  }

  // H2 writes commits to its file in the background, half a second later by default (WRITE_DELAY)
  @Override
  public String makeDurable() {
    return "CHECKPOINT SYNC";
  }

  // NUMERIC, as Hibernate's H2 dialect writes it: H2 keeps the name it was given
  @Override
  public String nativeType(PortableType type) {
    return type.name().equals("DECIMAL") ? "NUMERIC" + type.arguments() : type.toString();
  }
}
