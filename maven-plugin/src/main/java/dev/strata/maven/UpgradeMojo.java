package dev.strata.maven;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Strata;
import java.util.List;

/** {@code strata:upgrade}: applies the pending migrations, all or those up to {@code to}. */
public final class UpgradeMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The version to stop at, like Flyway's target; every pending migration when absent. */
  private Integer to;

  @Override
  void run(Strata strata) {
    List<MigrationInfo> applied;
    if (to != null) {
      applied = strata.upgrade(set(strata), to);
    } else {
      applied = requestedSet() == null ? strata.upgrade() : strata.upgrade(requestedSet());
    }
    if (applied.isEmpty()) {
      getLog().info("Nothing to apply: the database is up to date");
    }
    for (MigrationInfo migration : applied) {
      String label =
          "V"
              + migration.version()
              + " \""
              + migration.description()
              + "\" of set "
              + migration.set();
      getLog()
          .info(
              migration.state() == MigrationState.APPLIED
                  ? "Applied " + label + " in " + migration.executionMillis() + " ms"
                  : "Reverted " + label + ", which this build lacks");
    }
  }
}
