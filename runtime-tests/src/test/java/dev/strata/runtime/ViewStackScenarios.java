package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Stacks of views, each reading the one below: a migration that creates a stack is reverted and
 * applied again whole, and a change at the foot of a stack that nobody declared creates every view
 * above it again, each after the one it reads. On H2 and MySQL/MariaDB every search for the readers
 * of a view walks the stack through the stored definitions; {@code -Dstrata.viewStack=N} runs a
 * stack of N views and prints what reverting and applying it took, to measure the cost of a size.
 */
abstract class ViewStackScenarios extends DatabaseScenarios {

  // below the depth at which a search for readers stops (DependentViews.MAX_DEPTH, 100)
  private static final int UNDECLARED_HEIGHT = 60;

  // MariaDB 10.11 overruns its thread stack reading a view 1,000 views deep
  private static final int READABLE_HEIGHT = 400;

  /** How many views the stack of a migration holds: {@code -Dstrata.viewStack=N}, else 150. */
  int height() {
    return Integer.getInteger("strata.viewStack", 150);
  }

  @Test
  void aStackOfViewsIsRevertedAndAppliedAgainWhole() throws InterruptedException {
    // H2 parses a view by parsing each view it reads, recursively: a stack of 400 overflows the
    // default stack of a thread
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                revertAndApplyAgain();
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "view-stack",
            1L << 30);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
  }

  private void revertAndApplyAgain() {
    database.execute("CREATE TABLE base (id INT PRIMARY KEY)", "INSERT INTO base VALUES (1), (2)");
    List<String> names = names(height());
    Strata strata =
        strata(
            FakeMigration.of(
                1,
                "Create a stack",
                ops -> createStack(ops, names, 0),
                // readers first, as a generated downgrade drops them
                ops -> dropStack(ops, names)));
    strata.upgrade();
    assertStack(names, 0);

    long reverting = System.nanoTime();
    assertEquals(List.of(1), versions(strata.downgrade(0)));
    long reverted = System.nanoTime();
    assertEquals(List.of(), database.viewNames());
    assertEquals(List.of(1), versions(strata.upgrade()));
    long applied = System.nanoTime();
    assertStack(names, 0);
    System.err.printf(
        "%s stack of %d views: reverted in %d ms, applied again in %d ms%n",
        kind(), names.size(), (reverted - reverting) / 1_000_000, (applied - reverted) / 1_000_000);
  }

  @Test
  void aChangeAtTheFootOfAStackNobodyDeclaredCreatesEveryViewAboveAgainInOrder() {
    database.execute("CREATE TABLE base (id INT PRIMARY KEY)", "INSERT INTO base VALUES (1), (2)");
    List<String> names = names(UNDECLARED_HEIGHT);
    String foot = names.get(0);
    Strata strata =
        strata(
            FakeMigration.of(
                1,
                "Create the foot",
                ops -> ops.createView(foot, footQuery(0)),
                ops -> ops.dropView(foot)),
            FakeMigration.of(
                2,
                "Raise the foot",
                ops -> ops.replaceView(foot, footQuery(1000)),
                ops -> ops.replaceView(foot, footQuery(0))));
    strata.upgrade(1);
    // a DBA's stack on the migration's view, which Strata must keep through every change of it
    for (int i = 1; i < names.size(); i++) {
      database.execute("CREATE VIEW " + names.get(i) + " AS " + levelQuery(names.get(i - 1)));
    }

    assertEquals(List.of(2), versions(strata.upgrade()));
    assertStack(names, 1000);
    assertEquals(List.of(2), versions(strata.downgrade(1)));
    assertStack(names, 0);
    assertEquals(List.of(2), versions(strata.upgrade()));
    assertStack(names, 1000);
  }

  private static void createStack(Operations ops, List<String> names, int start) {
    ops.createView(names.get(0), footQuery(start));
    for (int i = 1; i < names.size(); i++) {
      ops.createView(names.get(i), levelQuery(names.get(i - 1)));
    }
  }

  private static void dropStack(Operations ops, List<String> names) {
    for (int i = names.size() - 1; i >= 0; i--) {
      ops.dropView(names.get(i));
    }
  }

  private static String footQuery(int start) {
    return "SELECT id, " + start + " AS level FROM base";
  }

  private static String levelQuery(String below) {
    return "SELECT id, level + 1 AS level FROM " + below;
  }

  /**
   * Every view of the stack is there, and the top one, which reads every other, shows the foot's
   * level raised by one per view above it; in a stack too deep for MariaDB to read, the highest it
   * reads.
   */
  private void assertStack(List<String> names, int start) {
    assertEquals(names, database.viewNames());
    int top = Math.min(names.size(), READABLE_HEIGHT) - 1;
    assertEquals(
        List.of("1|" + (start + top), "2|" + (start + top)),
        database.rows("SELECT id, level FROM " + names.get(top) + " ORDER BY id"));
  }

  private static List<String> names(int height) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < height; i++) {
      names.add(String.format("s%04d", i));
    }
    return names;
  }

  private static List<Integer> versions(List<MigrationInfo> migrations) {
    return migrations.stream().map(MigrationInfo::version).toList();
  }
}
