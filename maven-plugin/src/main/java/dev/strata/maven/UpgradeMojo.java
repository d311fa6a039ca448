package dev.strata.maven;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import java.util.List;

/** {@code strata:upgrade}: applies the pending migrations, all or those up to {@code to}. */
public final class UpgradeMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The version to stop at, like Flyway's target; every pending migration when absent. */
  private Integer to;

  @Override
  void run(Strata strata) {
    List<MigrationInfo> applied = to == null ? strata.upgrade() : strata.upgrade(set(strata), to);
    if (applied.isEmpty()) {
      getLog().info("Nothing to apply: the database is up to date");
    }
    for (MigrationInfo migration : applied) {
      getLog()
          .info(
              "Applied V"
                  + migration.version()
                  + " \""
                  + migration.description()
                  + "\" of set "
                  + migration.set()
                  + " in "
                  + migration.executionMillis()
                  + " ms");
    }
  }
}
