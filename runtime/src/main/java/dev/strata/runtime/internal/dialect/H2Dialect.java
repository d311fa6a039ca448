package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import java.util.ArrayList;
import java.util.List;

/**
 * H2, which commits every DDL statement at once (so failed migrations are undone by inverse
 * statements) and replaces a view in one statement.
 */
final class H2Dialect implements Dialect {

  /** The longest {@code VARCHAR} and {@code VARBINARY} H2 takes. */
  private static final long LONGEST_VARYING = 1_048_576;

  private final boolean inMemory;

  H2Dialect() {
    this(false);
  }

  /**
   * @param inMemory whether the database lives in memory only, where nothing reaches a disk
   */
  H2Dialect(boolean inMemory) {
    this.inMemory = inMemory;
  }

  @Override
  public boolean readsOnlyExistingTables() {
    // a database in memory has no trace file
    return !inMemory;
  }

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
  public boolean ddlCommitsFirst() {
    return true;
  }

  @Override
  public boolean foreignKeysTakeExistingIndexes() {
    return true;
  }

  @Override
  public List<String> renameSequence(String from, String to) {
    return SequenceDdl.renameByCopy(from, to);
  }

  // H2 has no view options: CHECK OPTION, SQL SECURITY and the rest are not rendered
  @Override
  public List<String> viewDialectNames() {
    return List.of("h2");
  }

  @Override
  public ViewRecreation viewRecreation() {
    return ViewRecreation.REPLACE_IN_PLACE;
  }

  // H2 writes commits to its file in the background, half a second later by default (WRITE_DELAY);
  // a database in memory has no file, and dies with the process anyway
  @Override
  public String makeDurable() {
    return inMemory ? null : "CHECKPOINT SYNC";
  }

  // H2 casts text to JSON as a JSON string ('{"a": 1}' became "{\"a\": 1}", and stayed so back in
  // the text column on a downgrade); FORMAT JSON reads the text as the JSON it spells, as
  // PostgreSQL's ::jsonb does, failing on text that is not JSON; on a JSON value it changes nothing
  @Override
  public List<String> alterColumn(String table, Column column) {
    List<String> statements = new ArrayList<>(Dialect.super.alterColumn(table, column));
    if (columnType(column.type()).equalsIgnoreCase("JSON")) {
      statements.set(0, statements.get(0) + " USING " + render(column.name()) + " FORMAT JSON");
    }
    return List.copyOf(statements);
  }

  /**
   * The element as Hibernate's H2 dialect writes it in an array, whose type H2 reports as it was
   * given ({@code float(53) array}, where a lone {@code float(53)} reads back as {@code double
   * precision}).
   */
  @Override
  public String arrayType(PortableType element) {
    String type =
        switch (element.name()) {
          case "DOUBLE PRECISION" -> "FLOAT(53)";
          case "REAL" -> "FLOAT(24)";
          case "TIMESTAMP" -> "TIMESTAMP(6)";
          case "TIMESTAMP WITH TIME ZONE" -> "TIMESTAMP(6) WITH TIME ZONE";
          default -> nativeType(element);
        };
    return type + " ARRAY";
  }

  // NUMERIC, as Hibernate's H2 dialect writes it: H2 keeps the name it was given
  @Override
  public String nativeType(PortableType type) {
    return switch (type.name()) {
      case "DECIMAL" -> "NUMERIC" + type.arguments();
      case "ENUM" -> type.withoutLength();
      case "INET" -> "VARBINARY" + type.arguments();
      // as Hibernate's H2 dialect writes a large object: without a length
      case "CLOB", "BLOB" -> type.name();
      // longer than H2's types hold: a large object, as Hibernate's H2 dialect chooses
      case "VARCHAR" -> type.length() > LONGEST_VARYING ? "CLOB" : type.toString();
      case "VARBINARY" -> type.length() > LONGEST_VARYING ? "BLOB" : type.toString();
      default -> type.toString();
    };
  }
}
