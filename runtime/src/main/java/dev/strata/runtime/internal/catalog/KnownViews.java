package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The definitions of every view on H2, MySQL and MariaDB, read once for a run of a migration and
 * kept current as it writes views, instead of read again for each object it drops or changes: those
 * databases record no view dependencies, so finding the readers of an object means reading every
 * view's definition, which MariaDB does by opening each view (about 30 ms at 1,100 views, for each
 * of thousands of drops). A view the run writes is read again, alone, before the definitions are
 * next used; after anything the run cannot follow (raw SQL, a hand-written step, a change of a
 * table or a rename) they are all read again. They are kept indexed by the names they hold ({@link
 * QuotedNameIndex}), so that a search walks the readers of an object rather than every definition
 * once per level of a stack of views.
 */
final class KnownViews {

  private record ViewName(String schema, String name) {}

  // a view read by name costs MariaDB 0.2 to 0.6 ms, each view of a read of all about 30 us: past
  // one written view in this many, reading all costs less
  private static final int READ_ALL_PAST = 16;

  private final Connection connection;
  private final Dialect dialect;
  // null until read, and again once the run lost track of them
  private QuotedNameIndex views;
  private final Set<ViewName> written = new LinkedHashSet<>();
  private boolean kept = true;

  KnownViews(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /**
   * Every view of every schema, as the database has them now; while kept, indexed by the names
   * their definitions hold ({@link QuotedNameIndex}), each view written read again into the index.
   */
  Collection<StoredView> all() throws SQLException {
    if (!kept) {
      return StoredViews.all(connection, dialect);
    }
    if (views != null && written.size() * READ_ALL_PAST > views.size()) {
      views = null;
    }
    if (views == null) {
      views =
          QuotedNameIndex.of(DependentViews.quote(dialect), StoredViews.all(connection, dialect));
      written.clear();
    }
    for (ViewName name : written) {
      views.remove(name.schema(), name.name());
      StoredViews.named(connection, dialect, name.schema(), name.name()).forEach(views::put);
    }
    written.clear();
    return views;
  }

  /** Whether the definitions are read and kept: until then, nothing the run writes matters. */
  boolean read() {
    return views != null;
  }

  /**
   * Notes that the run is about to create, replace or drop view {@code name} of {@code schema}, as
   * the catalog spells them: it is read again before the definitions are next used.
   */
  void writing(String schema, String name) {
    if (views != null) {
      written.add(new ViewName(schema, name));
    }
  }

  /** Forgets every definition: the run did something whose effect on views it cannot tell. */
  void forget() {
    views = null;
    written.clear();
  }

  /**
   * Whether to keep the definitions between searches: not while something that the run cannot
   * follow may change views between them, as a hand-written step's own JDBC statements may.
   */
  void keep(boolean kept) {
    this.kept = kept;
    forget();
  }
}
