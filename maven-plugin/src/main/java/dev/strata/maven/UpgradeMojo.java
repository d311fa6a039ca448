package dev.strata.maven;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Strata;
import org.apache.maven.plugin.MojoFailureException;

/** {@code strata:upgrade}: applies the pending migrations, all or those up to {@code to}. */
public final class UpgradeMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The version to stop at, like Flyway's target; every pending migration when absent. */
  private String to;

  @Override
  void checkParameters() throws MojoFailureException {
    VersionParameter.parse("strata.to", to);
  }

  @Override
  void run(Strata strata) throws MojoFailureException {
    Integer to = VersionParameter.parse("strata.to", this.to);
    String requested = requestedSet();
    String set = to == null ? null : set(strata);
    report(
        () ->
            to != null
                ? strata.upgrade(set, to)
                : requested == null ? strata.upgrade() : strata.upgrade(requested),
        () -> nothingToApply(strata, set, to),
        migration ->
            migration.state() == MigrationState.APPLIED
                ? "Applied " + migration.label() + " in " + migration.executionMillis() + " ms"
                : "Reverted " + migration.label() + ", which this build lacks");
  }

  /**
   * What an upgrade that applied nothing logs: with {@code strata.to} below the version the set is
   * at, that an upgrade never reverts, and which goal does; it said the database was up to date.
   */
  private static String nothingToApply(Strata strata, String set, Integer to) {
    int applied =
        to == null
            ? 0
            : strata.status().migrations().stream()
                .filter(m -> m.set().equals(set) && m.state() == MigrationState.APPLIED)
                .mapToInt(MigrationInfo::version)
                .max()
                .orElse(0);
    if (to == null || applied <= to) {
      return "Nothing to apply: the database is up to date";
    }
    return "Nothing to apply: set "
        + set
        + " is at version "
        + applied
        + ", above strata.to "
        + to
        + ", and an upgrade never reverts; mvn strata:downgrade -Dstrata.set="
        + set
        + " -Dstrata.to="
        + to
        + " does";
  }
}
