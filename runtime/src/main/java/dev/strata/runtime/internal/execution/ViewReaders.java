package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.dialect.Dialect;

/**
 * Looks after the views that read what a run drops or renames: refuses to drop for good what a view
 * the migration leaves still reads, and keeps the views that read a renamed object working.
 */
final class ViewReaders {

  private final Dialect dialect;
  private final Dependents dependents;
  // refuses to drop for good what a view the migration leaves reads; null to let the drop run
  private DroppedReaders droppedReaders;

  ViewReaders(Dialect dialect, Dependents dependents) {
    this.dialect = dialect;
    this.dependents = dependents;
  }

  /**
   * Has {@link #checkDrop} refuse what {@code readers} refuses; until then it lets all drops run.
   */
  void refuseWith(DroppedReaders readers) {
    droppedReaders = readers;
  }

  void checkDrop(String what, String object) {
    if (droppedReaders != null) {
      droppedReaders.check(what, object);
    }
  }

  // views that read a renamed object by name break unless the database follows the rename
  void beforeRename(String object) {
    if (dialect.viewsFollowRenames()) {
      dependents.followRename(object);
    } else {
      dependents.saveAndDrop(object);
    }
  }
}
