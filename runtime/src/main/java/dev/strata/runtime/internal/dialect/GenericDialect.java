package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.ViewQuery;
import java.util.List;

/**
 * The fallback for databases without a dialect of their own: standard SQL DDL only, DDL assumed to
 * commit at once (the cautious choice, since undoing an already rolled-back view changes nothing).
 * Column types are written as portable notation spells them, except {@code TINYINT}, which standard
 * SQL lacks; identity columns as SQL:2003 says.
 */
final class GenericDialect implements Dialect {

  private final String product;

  GenericDialect(String product) {
    this.product = product;
  }

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.GENERIC;
  }

  @Override
  public String name() {
    return product + " (generic SQL)";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public List<String> replaceView(String name, ViewQuery query) {
    // CREATE OR REPLACE VIEW is not standard SQL
    return List.of(dropView(name), createView(name, query));
  }

  @Override
  public String nativeType(PortableType type) {
    return switch (type.name()) {
      case "TINYINT" -> "SMALLINT";
      case "ENUM" -> type.enumStorage();
      case "INET" -> "VARBINARY" + type.arguments();
      default -> type.toString();
    };
  }

  // the SQL standard's own: its default precision keeps milliseconds
  @Override
  public String timestampType() {
    return "TIMESTAMP";
  }

  // not in the SQL standard: HistorySetup checks for the table before creating it
  @Override
  public boolean createTableIfNotExists() {
    return false;
  }
}
