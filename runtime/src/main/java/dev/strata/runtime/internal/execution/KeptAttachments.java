package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.catalog.ViewAttachments;
import dev.strata.runtime.internal.jdbc.SqlErrors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The privileges, comments, triggers, rules and owners of the views a migration drops, those of
 * their columns, and the indexes a DBA added to its materialized views, kept to give them back to
 * the views of the same names that the migration creates again: a view whose columns change, or
 * that reads what changes, is dropped and created, and on PostgreSQL a read-only role granted
 * {@code SELECT} on it would otherwise lose it without a word. Given back in the migration's
 * transaction, so a failure leaves the old view with everything it had. A view dropped and not
 * created again takes what it had with it. Reads nothing where nothing was kept, so a migration
 * that only creates views costs no catalog read.
 */
final class KeptAttachments {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final String SAVEPOINT = "strata_kept_attachment";
  private static final String UNDEFINED_COLUMN = "42703";

  private final Catalog catalog;
  private final StatementRunner statements;
  private final boolean transactional;
  private final Map<String, ViewAttachments> kept = new HashMap<>();
  // of each kept materialized view, the indexes a DBA added, by the view's key
  private final Map<String, Map<String, String>> handMade = new HashMap<>();

  /**
   * @param transactional whether DDL is transactional, so that an index that cannot be made again
   *     must be tried under a savepoint
   */
  KeptAttachments(Catalog catalog, StatementRunner statements, boolean transactional) {
    this.catalog = catalog;
    this.statements = statements;
    this.transactional = transactional;
  }

  /** Before view {@code name} is dropped: what it carries, unless kept from an earlier drop. */
  void keep(String name) {
    keep(name, false, null);
  }

  /**
   * Before materialized view {@code name} is dropped: what it carries, and its indexes but those
   * named in {@code declared}, which its migrations made; none of them if {@code declared} is null,
   * when Strata does not know which it made.
   *
   * @return the statements that make the indexes a DBA added to it again, for an undo that creates
   *     it again with its declared ones
   */
  Collection<String> keep(String name, Collection<String> declared) {
    return keep(name, true, declared);
  }

  private Collection<String> keep(String name, boolean materialized, Collection<String> declared) {
    ViewAttachments attachments =
        StatementFailure.reading(
            "the privileges, comment, triggers and indexes of view " + name,
            () -> catalog.attachments(name, materialized));
    if (attachments == null) {
      return List.of();
    }
    if (kept.containsKey(attachments.view())) {
      return handMade.get(attachments.view()).values();
    }
    kept.put(attachments.view(), attachments);
    Map<String, String> indexes =
        declared == null ? Map.of() : ViewAttachments.without(attachments.indexes(), declared);
    handMade.put(attachments.view(), indexes);
    LOG.log(
        System.Logger.Level.INFO,
        () ->
            "Kept what view "
                + name
                + " carries, to give it back if it is created again: "
                + String.join("; ", described(attachments, indexes)));
    return indexes.values();
  }

  private static List<String> described(ViewAttachments attachments, Map<String, String> indexes) {
    List<String> all = new ArrayList<>(attachments.statements());
    attachments.columns().forEach(onColumn -> all.add(onColumn.statement()));
    all.addAll(indexes.values());
    return all;
  }

  /** After view {@code name} was created: gives it what a view of its name had when dropped. */
  void giveBack(String name) {
    giveBack(name, List.of());
  }

  /**
   * After materialized view {@code name} was created with indexes {@code declared}: gives it what a
   * view of its name had when dropped, and the indexes a DBA had added to it, but those of a name
   * it declares now. Such an index that no longer fits the new query (a column it indexed is gone)
   * is left out with a warning rather than failing the migration.
   */
  void giveBack(String name, Collection<String> declared) {
    if (kept.isEmpty()) {
      return;
    }
    String key =
        StatementFailure.reading("which view " + name + " is", () -> catalog.attachmentsKey(name));
    ViewAttachments attachments = kept.remove(key);
    if (attachments == null) {
      return;
    }
    for (ViewAttachments.OnColumn onColumn : attachments.columns()) {
      giveBack(name, onColumn);
    }
    attachments.statements().forEach(statements::runUnnumbered);
    ViewAttachments.without(handMade.remove(key), declared)
        .forEach((index, sql) -> createAgain(name, index, sql));
  }

  // a column the new view no longer has took what it carried with it, as DROP COLUMN would
  private void giveBack(String view, ViewAttachments.OnColumn onColumn) {
    StatementFailure failure = tryToRun(onColumn.statement());
    if (failure == null) {
      return;
    }
    boolean gone = UNDEFINED_COLUMN.equals(failure.sqlException().getSQLState());
    LOG.log(
        gone ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
        () ->
            gone
                ? "Column "
                    + onColumn.column()
                    + " of view "
                    + view
                    + " is gone, and with it what it carried: "
                    + onColumn.statement()
                : "What column "
                    + onColumn.column()
                    + " of view "
                    + view
                    + " carried no longer fits it and was not given back ("
                    + failure.sqlException().getMessage().strip()
                    + "). Adapt it and run it by hand if it is still needed: "
                    + onColumn.statement());
  }

  private void createAgain(String view, String index, String sql) {
    StatementFailure failure = tryToRun(sql);
    if (failure == null) {
      return;
    }
    LOG.log(
        System.Logger.Level.WARNING,
        () ->
            "Index "
                + index
                + ", which materialized view "
                + view
                + " had and no migration declared, no longer fits its new query and was not"
                + " created again ("
                + failure.sqlException().getMessage().strip()
                + "). Adapt it and create it by hand if it is still needed: "
                + sql);
  }

  /**
   * Runs {@code sql}, under a savepoint where DDL is transactional, as a refusal must not abort the
   * migration's transaction; the refusal, or null if it ran.
   */
  private StatementFailure tryToRun(String sql) {
    if (transactional) {
      statements.runUnnumbered("SAVEPOINT " + SAVEPOINT);
    }
    try {
      statements.runUnnumbered(sql);
    } catch (StatementFailure e) {
      if (SqlErrors.connectionLost(e.sqlException())) {
        throw e;
      }
      if (transactional) {
        statements.runUnnumbered("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
      }
      return e;
    }
    if (transactional) {
      statements.runUnnumbered("RELEASE SAVEPOINT " + SAVEPOINT);
    }
    return null;
  }
}
