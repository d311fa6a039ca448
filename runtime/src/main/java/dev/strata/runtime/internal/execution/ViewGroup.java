package dev.strata.runtime.internal.execution;

import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.ViewRecreation;
import dev.strata.runtime.internal.dialect.ViewSwap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Views that a migration drops and then creates again, as a generated migration does when a view's
 * columns change (readers first: drop v3, v2, v1; then create v1, v2, v3), held back where DDL
 * commits at once and given their new queries together, so that a query running meanwhile finds
 * each view, old or new, and never none: in place on H2, by swaps of names on MySQL and MariaDB
 * (see {@link ViewRecreation}). Views dropped and not created again are dropped after the others
 * have their new queries. Where no order lets every reader fit what it reads (a column renamed
 * through a stack of views), the group is dropped and created again, as the migration says.
 */
final class ViewGroup {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  // MySQL's and MariaDB's longest name; H2's is longer
  private static final int MAX_NAME = 64;
  private static final String INCOMING = "_strata_new";
  private static final String OUTGOING = "_strata_old";
  // a name as MySQL and MariaDB write one unquoted, or inside backquotes
  private static final Pattern WORD = Pattern.compile("[\\w$]+");

  private final Dialect dialect;
  private final StatementRunner statements;
  private final UndoLog undoLog;
  // in the order the migration dropped them: readers first
  private final List<String> dropped = new ArrayList<>();
  private final Map<String, ViewQuery> before = new HashMap<>();
  // in the order the migration created them again: what they read first
  private final Map<String, ViewQuery> created = new LinkedHashMap<>();
  private final Set<String> changed = new HashSet<>();
  private boolean removedDone;

  ViewGroup(Dialect dialect, StatementRunner statements, UndoLog undoLog) {
    this.dialect = dialect;
    this.statements = statements;
    this.undoLog = undoLog;
  }

  boolean isEmpty() {
    return dropped.isEmpty();
  }

  /** Every view its statements may write: those dropped and created again, and their stand-ins. */
  List<String> names() {
    List<String> names = new ArrayList<>(dropped);
    for (String view : created.keySet()) {
      names.add(view);
      names.add(incoming(view));
      names.add(outgoing(view));
    }
    return names;
  }

  /** Whether the migration dropped {@code view}, a name as the catalog stores it, in this group. */
  boolean holds(String storedName) {
    for (String view : dropped) {
      if (Identifiers.local(view).equalsIgnoreCase(storedName)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the migration dropped {@code view} in this group and has not created it again. */
  boolean awaits(String view) {
    return dropped.contains(view) && !created.containsKey(view);
  }

  /**
   * Holds back the drop of {@code view}.
   *
   * @param definition its queries and options now, which undoing the group gives it back
   */
  void drop(String view, ViewQuery definition) {
    dropped.add(view);
    before.put(view, definition);
  }

  void create(String view, ViewQuery query) {
    created.put(view, query);
  }

  /**
   * Gives the views their new queries and drops those not created again, as the run's next numbered
   * statement.
   */
  void apply() {
    statements.runAsOne(dropped.size() + created.size(), this::apply);
  }

  private void apply(boolean redo) {
    undoLog.begin("views " + String.join(", ", dropped), () -> restore());
    boolean swap = dialect.viewRecreation() == ViewRecreation.SWAP_BY_RENAME;
    if (redo) {
      // stand-ins that an interrupted run left: never seen by a reader
      for (String view : created.keySet()) {
        statements.runUnnumbered(dialect.dropViewIfExists(incoming(view)));
        statements.runUnnumbered(dialect.dropViewIfExists(outgoing(view)));
      }
    }
    if (swap) {
      swapByRename();
    } else {
      replaceInPlace(redo);
    }
    dropRemoved(redo);
  }

  /**
   * Replaces each view in place, in an order in which H2 accepts each replacement: H2 refuses one
   * that a view reading it would not fit, but only after other sessions may have seen the half-made
   * state, so no replacement is tried that may fail. Each new query is first created under a
   * stand-in name, which no reader sees: if every one fits the views as they are, readers go first
   * (columns that go); if not, what they read goes first (columns that come).
   */
  private void replaceInPlace(boolean redo) {
    dropRemovedNothingReads(redo);
    List<String> order = new ArrayList<>(created.keySet());
    boolean fitOldShapes = true;
    for (String view : order) {
      if (statements.attempt(dialect.createView(incoming(view), created.get(view)))) {
        statements.runUnnumbered(dialect.dropView(incoming(view)));
      } else {
        fitOldShapes = false;
      }
    }
    if (fitOldShapes) {
      Collections.reverse(order);
    }
    for (String view : order) {
      if (!statements.attempt(inPlace(view))) {
        recreateAll();
        return;
      }
      changed.add(view);
    }
  }

  /**
   * Creates each new query under a stand-in name, then swaps each stand-in in with a {@code RENAME
   * TABLE} of its own, readers first, so that every new view reads old views its stand-in was
   * checked against, or new ones. One statement for several views of a stack would deadlock with a
   * query resolving them, which MariaDB then fails (see {@link Dialect#swapView}). A stand-in that
   * reads a new column of another view of the group cannot be created before that view is swapped
   * in: such views are swapped in rounds, what they read first. A stand-in created before a view it
   * reads was swapped in expanded that view's {@code *} to its old columns: each view that names
   * another of the group is then replaced in place, what it reads first, against the new views.
   */
  private void swapByRename() {
    List<String> left = new ArrayList<>(created.keySet());
    while (!left.isEmpty()) {
      List<ViewSwap> ready = new ArrayList<>();
      for (String view : left) {
        if (statements.attempt(dialect.createView(incoming(view), created.get(view)))) {
          ready.add(new ViewSwap(view, incoming(view), outgoing(view)));
        }
      }
      if (ready.isEmpty()) {
        recreateAll();
        return;
      }
      // created what they read first: readers go first
      Collections.reverse(ready);
      for (ViewSwap swap : ready) {
        statements.runUnnumbered(dialect.swapView(swap));
        changed.add(swap.view());
        left.remove(swap.view());
        statements.runUnnumbered(dialect.dropView(swap.outgoing()));
      }
    }
    // how many views of the group have each own name: two schemas' may share one
    Map<String, Integer> localNames = new HashMap<>();
    created.keySet().forEach(view -> localNames.merge(localName(view), 1, Integer::sum));
    for (String view : created.keySet()) {
      if (namesAnotherOf(view, localNames)) {
        statements.runUnnumbered(inPlace(view));
      }
    }
  }

  /**
   * Whether the new query of {@code view} names another of {@code localNames}, the group's views by
   * their own names: one pass over its words, however large the group.
   */
  private boolean namesAnotherOf(String view, Map<String, Integer> localNames) {
    String own = localName(view);
    Matcher words = WORD.matcher(dialect.createView(view, created.get(view)));
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      if (localNames.getOrDefault(word, 0) > (word.equals(own) ? 1 : 0)) {
        return true;
      }
    }
    return false;
  }

  private static String localName(String view) {
    return Identifiers.local(view).toLowerCase(Locale.ROOT);
  }

  /** No order fits: the views are dropped, readers first, and created again, as called. */
  private void recreateAll() {
    LOG.log(
        System.Logger.Level.INFO,
        () ->
            "Views "
                + String.join(", ", created.keySet())
                + " cannot get their new queries with every view that reads them fitting: they are"
                + " dropped and created again, and are absent for that moment");
    for (String view : dropped) {
      statements.runUnnumbered(dialect.dropViewIfExists(view));
      changed.add(view);
    }
    removedDone = true;
    for (Map.Entry<String, ViewQuery> view : created.entrySet()) {
      statements.runUnnumbered(dialect.createView(view.getKey(), view.getValue()));
    }
  }

  /**
   * Drops, readers first, the views not created again that no view reads: H2 refuses a new query
   * for a view that one of them reads and would not fit, and refuses to drop one that an old query
   * still reads, which then goes after the new queries. A refused drop changes nothing.
   */
  private void dropRemovedNothingReads(boolean redo) {
    for (String view : dropped) {
      if (!created.containsKey(view)
          && statements.attempt(redo ? dialect.dropViewIfExists(view) : dialect.dropView(view))) {
        changed.add(view);
      }
    }
  }

  private void dropRemoved(boolean redo) {
    if (removedDone) {
      return;
    }
    removedDone = true;
    for (String view : dropped) {
      if (!created.containsKey(view) && !changed.contains(view)) {
        statements.runUnnumbered(redo ? dialect.dropViewIfExists(view) : dialect.dropView(view));
        changed.add(view);
      }
    }
  }

  /**
   * What puts the views back as they were: the stand-ins dropped; where a view changed, on MySQL
   * and MariaDB each replaced in place by its former query, what it reads first (they check no
   * readers); on H2, which does, all dropped, readers first, and created again.
   */
  private List<String> restore() {
    List<String> sql = new ArrayList<>();
    boolean swap = dialect.viewRecreation() == ViewRecreation.SWAP_BY_RENAME;
    for (String view : created.keySet()) {
      sql.add(dialect.dropViewIfExists(incoming(view)));
      sql.add(dialect.dropViewIfExists(outgoing(view)));
    }
    if (changed.isEmpty()) {
      return sql;
    }
    if (!swap) {
      for (String view : dropped) {
        sql.add(dialect.dropViewIfExists(view));
      }
    }
    for (int i = dropped.size() - 1; i >= 0; i--) {
      String view = dropped.get(i);
      ViewQuery definition = before.get(view);
      if (definition != null && (!swap || changed.contains(view))) {
        // a view swapped is there, in whichever shape; one dropped for good is not
        sql.add(
            swap && created.containsKey(view)
                ? inPlace(view, definition)
                : dialect.createView(view, definition));
      }
    }
    return sql;
  }

  private String inPlace(String view) {
    return inPlace(view, created.get(view));
  }

  // CREATE OR REPLACE, one statement on H2, MySQL and MariaDB
  private String inPlace(String view, ViewQuery query) {
    return dialect.replaceView(view, query).get(0);
  }

  static String incoming(String view) {
    return standIn(view, INCOMING);
  }

  static String outgoing(String view) {
    return standIn(view, OUTGOING);
  }

  /**
   * The view's name with {@code suffix}, shortened with a hash of it where it would be too long.
   */
  private static String standIn(String view, String suffix) {
    String schema = Identifiers.schema(view);
    String local = Identifiers.local(view);
    String name = local + suffix;
    if (name.length() > MAX_NAME) {
      String hash = String.format(Locale.ROOT, "%08x", local.hashCode());
      name =
          local.substring(0, MAX_NAME - suffix.length() - hash.length() - 1) + "_" + hash + suffix;
    }
    return schema == null ? name : schema + "." + name;
  }
}
