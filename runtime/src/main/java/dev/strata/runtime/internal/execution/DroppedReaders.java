package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.catalog.DependentView;
import dev.strata.runtime.internal.plan.DroppedForGood;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Refuses a migration's drop of a view or table that it does not create again while a view that it
 * does not drop, create or replace reads it, such as a DBA's report on a Strata view: PostgreSQL
 * refuses such a drop, H2, MySQL and MariaDB would leave the reader broken, and Strata, which drops
 * and creates again the readers of what a migration changes, could not create this one again. Asked
 * before the drop, so that where DDL commits at once nothing that follows (a table dropped with its
 * rows) has run.
 */
final class DroppedReaders {

  private final Catalog catalog;
  private final Supplier<DroppedForGood> reading;
  // read once, at the migration's first drop: reading runs the migration's code, against operations
  // that only note what it drops and creates
  private DroppedForGood drops;
  // what it writes, by the local part of each name in lower case, read with it
  private Map<String, List<String>> writtenByLocalName;
  // what it writes whose local part is not plain ASCII: looked at for every reader
  private List<String> writtenOtherwise;

  /**
   * @param reading reads what the migration drops for good in the direction it runs
   */
  DroppedReaders(Catalog catalog, Supplier<DroppedForGood> reading) {
    this.catalog = catalog;
    this.reading = reading;
  }

  /**
   * Checks, before the migration drops {@code what} {@code object} (a view or table), that no view
   * it leaves reads it once it is gone.
   *
   * @throws MigrationRefusal naming the readers, their definitions and what to do, if any remain
   */
  void check(String what, String object) {
    if (drops == null) {
      drops = reading.get();
      sortWritten();
    }
    if (!drops.forGood(object)) {
      return;
    }
    List<DependentView> left =
        StatementFailure.reading("which views read " + object, () -> notWritten(object));
    if (!left.isEmpty()) {
      throw refusal(what, object, left);
    }
  }

  /** The refusal of the drop of {@code object}, which the views {@code left} read. */
  private static MigrationRefusal refusal(String what, String object, List<DependentView> left) {
    boolean one = left.size() == 1;
    StringBuilder message =
        new StringBuilder("it drops ")
            .append(what)
            .append(' ')
            .append(object)
            .append(" and does not create it again, but ")
            .append(one ? "view " : "views ")
            .append(String.join(", ", left.stream().map(DependentView::label).toList()))
            .append(", which the migration neither drops nor writes again, ")
            .append(one ? "reads" : "read")
            .append(" it: Strata could not create ")
            .append(one ? "it" : "them")
            .append(" again once ")
            .append(object)
            .append(" is gone. Drop ")
            .append(one ? "that view" : "those views")
            .append(", or create ")
            .append(one ? "it" : "them")
            .append(" again so as not to read ")
            .append(object)
            .append(", then run again. As the database has ")
            .append(one ? "it" : "them")
            .append(':');
    for (DependentView view : left) {
      message.append("\n    ").append(view.createStatement().replace("\n", "\n    "));
    }
    return new MigrationRefusal(message.toString());
  }

  // the readers of `object`, but for those the migration drops, creates or replaces itself
  private List<DependentView> notWritten(String object) throws SQLException {
    List<DependentView> left = new ArrayList<>();
    for (DependentView view : catalog.dependents(object)) {
      if (!writtenByMigration(view)) {
        left.add(view);
      }
    }
    return left;
  }

  // once per migration: each drop finds every view above what it drops (the drop of a stack's foot
  // finds the whole stack), and locating every name the migration writes for each of them made the
  // revert of a stack of N views cost N x N x N
  private void sortWritten() {
    writtenByLocalName = new HashMap<>();
    writtenOtherwise = new ArrayList<>();
    for (String name : drops.written()) {
      String local = Identifiers.local(name);
      if (ascii(local)) {
        writtenByLocalName
            .computeIfAbsent(local.toLowerCase(Locale.ROOT), any -> new ArrayList<>())
            .add(name);
      } else {
        writtenOtherwise.add(name);
      }
    }
  }

  /**
   * Whether the migration writes {@code view}, locating only the names that may name it: the
   * catalog stores a plain ASCII name as written, in upper or in lower case, so it names the view
   * only if the two are equal in lower case.
   */
  private boolean writtenByMigration(DependentView view) throws SQLException {
    List<String> candidates = new ArrayList<>(writtenOtherwise);
    if (ascii(view.name())) {
      candidates.addAll(
          writtenByLocalName.getOrDefault(view.name().toLowerCase(Locale.ROOT), List.of()));
    }
    for (String name : candidates) {
      if (catalog.names(name, view)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ascii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }
}
