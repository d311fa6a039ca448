package dev.strata.runtime.internal.command;

import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.ColumnAttributes;
import dev.strata.runtime.internal.dialect.ScriptCatalog;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@link ScriptCatalog} of a {@link DryRun} on a database: its catalog's reads, a failure of
 * which leaves the migration's code as a {@link FailedRead}, for the dry run to throw again.
 */
final class CatalogReads implements ScriptCatalog {

  private final Catalog catalog;

  CatalogReads(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public ColumnAttributes columnAttributes(String table, String column) {
    return read(() -> catalog.columnAttributes(table, column));
  }

  @Override
  public List<Index> indexesForKeysServedOnlyBy(String table, String index) {
    return read(() -> catalog.indexesForKeysServedOnlyBy(table, index));
  }

  @Override
  public List<ForeignKey> foreignKeysOwning(String table, String index) {
    return read(() -> catalog.foreignKeysOwning(table, index));
  }

  @Override
  public List<String> keyIndexesReplacedBy(String table, Index created) {
    return read(() -> catalog.keyIndexesReplacedBy(table, created));
  }

  @Override
  public List<ForeignKey> foreignKeysThatWouldTake(String table, Index created) {
    return read(() -> catalog.foreignKeysThatWouldTake(table, created));
  }

  private static <T> T read(SqlSupplier<T> read) {
    try {
      return read.get();
    } catch (SQLException e) {
      throw new FailedRead(e);
    }
  }

  /** A read that failed, on its way out through the migration's own code. */
  static final class FailedRead extends RuntimeException {
    private final SQLException cause;

    FailedRead(SQLException cause) {
      super(cause);
      this.cause = cause;
    }

    @Override
    public synchronized SQLException getCause() {
      return cause;
    }
  }
}
