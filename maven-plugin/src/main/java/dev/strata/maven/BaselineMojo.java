package dev.strata.maven;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code strata:baseline -Dstrata.baselineVersion=N}: adopts a database whose views already exist,
 * as versions 1 to N would have made them, by recording those versions as applied without running
 * them, as {@code Strata.baseline} does. Later upgrades start at N + 1.
 */
public final class BaselineMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The version whose views the database already has. */
  private String baselineVersion;

  @Override
  void checkParameters() throws MojoFailureException {
    if (VersionParameter.parse("strata.baselineVersion", baselineVersion) == null) {
      throw new MojoFailureException(
          "Name the version whose views the database already has: -Dstrata.baselineVersion=N");
    }
  }

  @Override
  void run(Strata strata) throws MojoFailureException {
    int baselineVersion = VersionParameter.parse("strata.baselineVersion", this.baselineVersion);
    String set = set(strata);
    for (MigrationInfo migration : strata.baseline(set, baselineVersion)) {
      getLog().info("Recorded " + migration.label() + " as applied, without running it");
    }
    getLog()
        .info(
            "Set "
                + set
                + " is at version "
                + baselineVersion
                + "; strata:upgrade applies the rest");
  }
}
