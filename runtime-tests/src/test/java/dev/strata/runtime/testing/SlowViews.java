package dev.strata.runtime.testing;

import dev.strata.runtime.internal.plan.IgnoredOperations;
import java.util.List;

/**
 * The migrations of {@link UserViews}, made slow so that concurrent runs overlap, and two versions
 * of them that stop half-way for tests that kill the process running them.
 */
public final class SlowViews {

  /** Whether {@link #HANGING} hangs; only in the process that the test kills. */
  static volatile boolean hang;

  /** Set by the test on the table that {@link #BLOCKING} reads, to make a statement wait. */
  public static final String BLOCKER_TABLE = "blocker";

  public static final FakeSource HANGING =
      FakeSource.of(
          "main",
          List.of(
              UserViews.V1,
              FakeMigration.of(
                  2,
                  "Create two views",
                  ops -> {
                    ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE");
                    if (hang) {
                      signal("HANGING");
                      pause(600_000);
                    }
                    ops.createView("german_users", "SELECT id FROM users WHERE country = 'DE'");
                  },
                  ops -> {
                    ops.dropView("german_users");
                    ops.dropView("inactive_users");
                  })));

  /**
   * {@link UserViews#V1}, then a version that, where {@link #hang} is set, prints {@code WAITING}
   * and waits to be killed before its first statement: after the history row marked running is
   * written, and before anything commits it or the outcome of the version before.
   */
  public static final FakeSource WAITING =
      FakeSource.of(
          "main",
          List.of(
              UserViews.V1,
              FakeMigration.of(
                  2,
                  "Create inactive_users",
                  ops -> {
                    if (hang) {
                      signal("WAITING");
                      pause(600_000);
                    }
                    ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE");
                  },
                  ops -> ops.dropView("inactive_users"))));

  public static final FakeSource BLOCKING =
      FakeSource.of(
          "main",
          List.of(
              UserViews.V1,
              FakeMigration.of(
                  2,
                  "Create blocked views",
                  ops -> {
                    ops.createView("inactive_users", "SELECT id FROM users WHERE active = FALSE");
                    if (hang) {
                      signal("BLOCKING");
                    }
                    ops.createView("blocked_view", "SELECT id FROM " + BLOCKER_TABLE);
                    ops.createView("german_users", "SELECT id FROM users WHERE country = 'DE'");
                  },
                  ops -> {
                    ops.dropView("german_users");
                    ops.dropView("blocked_view");
                    ops.dropView("inactive_users");
                  })));

  /**
   * Changes the columns of {@code active_users}, which takes a drop and a create; where {@link
   * #hang} is set, prints {@code DROPPED} after the drop, when the views that read it and that no
   * migration declared are saved and dropped too, and waits to be killed.
   */
  public static final FakeSource DROPPING =
      FakeSource.of(
          "main",
          List.of(
              UserViews.V1,
              FakeMigration.of(
                  2,
                  "Change active_users",
                  ops -> {
                    ops.dropView("active_users");
                    // Strata reads the migration first, at that drop, to learn what it drops for
                    // good, with operations that run nothing: only the run that drops hangs
                    if (hang && !(ops instanceof IgnoredOperations)) {
                      signal("DROPPED");
                      pause(600_000);
                    }
                    ops.createView(
                        "active_users",
                        "SELECT id, country FROM users WHERE active = TRUE AND id > 1");
                  },
                  ops -> {
                    ops.dropView("active_users");
                    ops.createView("active_users", UserViews.ACTIVE_USERS_V1);
                  })));

  private SlowViews() {}

  /** {@link UserViews}, each migration pausing first, with the same checksums. */
  public static FakeSource source() {
    List<FakeMigration> slow =
        UserViews.all().stream()
            .map(
                m ->
                    new FakeMigration(
                        m.version(),
                        m.description(),
                        m.checksum(),
                        ops -> {
                          pause(150);
                          m.upgrade(ops);
                        },
                        m::downgrade))
            .toList();
    return FakeSource.of("main", slow);
  }

  private static void signal(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
