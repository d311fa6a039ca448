package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.catalog.DependentView;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The views that a migration did not declare but that read what it drops or changes, such as a
 * report view that a DBA created by hand: asked of the database before each drop or change, saved,
 * dropped readers first, and created again from their saved definitions when the migration's own
 * operations are done, in its transaction where the database has one. Where DDL commits at once,
 * each definition is also committed to a {@link SavedDependents} table before the drop, so that a
 * run resuming one that was killed in between creates it again too.
 */
final class Dependents {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  /**
   * Runs one statement, with how to undo it where DDL commits at once. It takes no statement number
   * of the migration: the database's state decides these statements, so a resumed run may differ.
   */
  interface Step {
    void run(String subject, SqlSupplier<List<String>> undo, String sql);
  }

  private final Catalog catalog;
  private final Step step;
  private final SavedDependents saved;
  private final KeptAttachments attachments;
  // in the order they were dropped: readers before what they read, so restored in reverse
  private final List<DependentView> dropped = new ArrayList<>();
  // whether the saved table may hold rows of this migration: a run that saved none and resumes
  // none leaves it alone, without even asking the catalog whether it exists
  private boolean saving;
  // schema.view of each view whose stored query the run changed without naming it: created again
  // here, or rewritten by the database to follow a rename
  private final Set<String> rewritten = new TreeSet<>();

  /**
   * @param saved where definitions are committed before each drop; null where DDL is transactional
   */
  Dependents(Catalog catalog, Step step, SavedDependents saved, KeptAttachments attachments) {
    this.catalog = catalog;
    this.step = step;
    this.saved = saved;
    this.attachments = attachments;
  }

  /**
   * Takes over the views that an interrupted run of the migration saved and dropped and did not
   * create again: the catalog no longer shows them, only the saved table does.
   */
  void resumeSaved() {
    if (saved == null) {
      return;
    }
    saving = true;
    List<DependentView> left = saved.leftOver();
    for (DependentView view : left) {
      LOG.log(
          System.Logger.Level.INFO,
          () ->
              "View "
                  + view.label()
                  + " was saved and dropped by the interrupted run, which did not create it"
                  + " again: this run will, from its saved definition: "
                  + view.createStatement());
    }
    dropped.addAll(left);
  }

  /**
   * Saves and drops the views that read view or table {@code object}, readers first.
   *
   * @return the views dropped, each after the views it reads
   */
  List<DependentView> saveAndDrop(String object) {
    List<DependentView> found = read(() -> catalog.dependents(object), object);
    saveAndDrop(object, found);
    return found;
  }

  /**
   * Saves and drops the views that read view {@code object}, readers first, but for those that
   * {@code held} (given a name as the catalog stores it) says the migration drops and creates again
   * itself, in a {@link ViewGroup}.
   */
  void saveAndDrop(String object, Predicate<String> held) {
    List<DependentView> found = read(() -> catalog.dependents(object), object);
    List<DependentView> undeclared = new ArrayList<>();
    for (DependentView view : found) {
      if (!held.test(view.name())) {
        undeclared.add(view);
      }
    }
    saveAndDrop(object, undeclared);
  }

  /**
   * Notes the views that read view or table {@code object}, which the database is about to rename
   * and whose stored queries it rewrites to follow (PostgreSQL): they keep working, but no longer
   * read as they did.
   */
  void followRename(String object) {
    follow(read(() -> catalog.dependents(object), object));
  }

  /** As {@link #followRename}, for the views that read column {@code column} of {@code table}. */
  void followColumnRename(String table, String column) {
    String object = "column " + column + " of " + table;
    follow(read(() -> catalog.columnDependents(table, column), object));
  }

  private void follow(List<DependentView> readers) {
    readers.forEach(view -> rewritten.add(view.label()));
  }

  /**
   * The views, as {@code schema.view} in the catalog's spelling, whose stored queries the run
   * changed without the migration naming them: those it created again from their saved definitions
   * (the database may store one differently once what it reads changed, such as a comparison with a
   * column whose type changed), and those that followed a rename.
   */
  Set<String> rewritten() {
    return Set.copyOf(rewritten);
  }

  /**
   * Saves and drops the views that read column {@code column} of {@code table}, readers first: a
   * view that reads other columns of the table stays, as the database lets it.
   */
  void saveAndDropReaders(String table, String column) {
    String object = "column " + column + " of " + table;
    saveAndDrop(object, read(() -> catalog.columnDependents(table, column), object));
  }

  private void saveAndDrop(String object, List<DependentView> found) {
    for (int i = found.size() - 1; i >= 0; i--) {
      DependentView view = found.get(i);
      LOG.log(
          System.Logger.Level.INFO,
          () ->
              "Saved view "
                  + view.label()
                  + ", which reads "
                  + object
                  + ", to drop it and create it again after the migration: "
                  + view.createStatement());
      if (saved != null) {
        saving = true;
        saved.save(view);
      }
      if (view.materialized()) {
        // nobody declared its indexes: every one is a DBA's, to make again
        attachments.keep(view.quoted(), List.of());
      } else {
        attachments.keep(view.quoted());
      }
      catalog.writingView(view);
      step.run(
          "view " + view.label(),
          () -> catalog.exists(view) ? List.of() : List.of(view.createStatement()),
          view.dropStatement());
      // found again by a resumed run: the catalog's definition is the newer
      dropped.removeIf(other -> other.label().equals(view.label()));
      dropped.add(view);
    }
    if (saved != null && !found.isEmpty()) {
      saved.dropped(object);
    }
  }

  /**
   * Whether this run dropped view {@code name} to create it again at the end, because it reads what
   * the migration changed: then the migration, which now drops it itself, finds it gone already,
   * and it is no longer created again. A view the migration has created again since is its own to
   * drop: false, and it is no longer created again either.
   */
  boolean forgetDropped(String name) {
    DependentView view = dropped(name);
    if (view == null) {
      return false;
    }
    dropped.remove(view);
    if (exists(view)) {
      return false;
    }
    LOG.log(
        System.Logger.Level.INFO,
        () -> "View " + view.label() + " stays dropped: the migration drops it");
    return true;
  }

  /**
   * Before the migration renames view {@code name}: if this run dropped it and the migration has
   * created it again since, the view is the migration's, and the saved one is not created again
   * under the name the rename frees.
   */
  void forgetCreatedAgain(String name) {
    DependentView view = dropped(name);
    if (view != null && exists(view)) {
      dropped.remove(view);
    }
  }

  /** The view of name {@code name} among those this run dropped to create again; null if none. */
  private DependentView dropped(String name) {
    for (DependentView view : dropped) {
      try {
        if (catalog.names(name, view)) {
          return view;
        }
      } catch (SQLException e) {
        throw new StatementFailure("reading which view " + name + " is", e);
      }
    }
    return null;
  }

  /**
   * Creates again at once the views of {@code views} (as {@link #saveAndDrop(String)} returned
   * them) that are still dropped, rather than when the migration's own operations are done: one of
   * its later operations may read them. Each {@code CREATE VIEW} runs through {@code attempt},
   * which undoes a failed one and says whether it succeeded; a view that does not fit yet stays
   * dropped, with what it carried kept, for {@link #restore}, as the operations between may make it
   * fit. A materialized view is left for the end too, to be filled with the data the migration
   * leaves.
   */
  void restoreAtOnce(List<DependentView> views, Predicate<Runnable> attempt) {
    for (DependentView view : views) {
      if (!view.materialized()
          && dropped.contains(view)
          && !exists(view)
          && attempt.test(() -> create(view))) {
        dropped.remove(view);
        giveBack(view);
      }
    }
  }

  /**
   * Creates the saved views again, each after the views it reads, but for those that the migration
   * created again itself.
   *
   * @throws StatementFailure naming the view and its saved definition, if one cannot be created
   */
  void restore() {
    for (int i = dropped.size() - 1; i >= 0; i--) {
      DependentView view = dropped.get(i);
      if (!exists(view)) {
        createAgain(view);
      }
    }
    dropped.clear();
    if (saved != null && saving) {
      saved.clear();
    }
  }

  private void createAgain(DependentView view) {
    create(view);
    giveBack(view);
  }

  private void create(DependentView view) {
    catalog.writingView(view);
    try {
      step.run(
          "view " + view.label(),
          () -> catalog.exists(view) ? List.of(view.dropStatement()) : List.of(),
          view.createStatement());
    } catch (StatementFailure e) {
      throw new StatementFailure(notRestored(view), e.sqlException());
    }
  }

  // what it carried: a grant, comment or rule that fails here fails the migration
  private void giveBack(DependentView view) {
    attachments.giveBack(view.quoted());
    if (!view.materialized()) {
      rewritten.add(view.label());
    }
    LOG.log(System.Logger.Level.INFO, () -> "Restored view " + view.label());
  }

  /** Forgets the saved definitions once the undo log created the views again. */
  void discardSaved() {
    if (saved != null) {
      saved.clear();
    }
  }

  private static List<DependentView> read(SqlSupplier<List<DependentView>> query, String object) {
    try {
      return query.get();
    } catch (SQLException e) {
      throw new StatementFailure("reading which views depend on " + object, e);
    }
  }

  private boolean exists(DependentView view) {
    try {
      return catalog.exists(view);
    } catch (SQLException e) {
      throw new StatementFailure("reading whether view " + view.label() + " exists", e);
    }
  }

  private static String notRestored(DependentView view) {
    return "creating again view "
        + view.label()
        + ", which depends on what the migration changed and which Strata dropped to change it;"
        + " it no longer fits. Its saved definition, to adapt and create by hand:\n"
        + view.createStatement();
  }
}
