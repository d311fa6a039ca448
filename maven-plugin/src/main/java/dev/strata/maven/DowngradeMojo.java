package dev.strata.maven;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import java.util.List;

/** {@code strata:downgrade -Dstrata.to=N}: reverts the migrations above version N. */
public final class DowngradeMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The version to keep, 0 to revert every migration of the set. */
  private int to;

  @Override
  void run(Strata strata) {
    String target = set(strata);
    List<MigrationInfo> reverted = strata.downgrade(target, to);
    if (reverted.isEmpty()) {
      getLog()
          .info("Nothing to revert: set " + target + " has nothing applied above version " + to);
    }
    for (MigrationInfo migration : reverted) {
      getLog().info("Reverted V" + migration.version() + " \"" + migration.description() + "\"");
    }
  }
}
