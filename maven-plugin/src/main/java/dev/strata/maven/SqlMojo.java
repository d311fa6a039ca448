package dev.strata.maven;

import dev.strata.runtime.DroppedData;
import dev.strata.runtime.Strata;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code strata:sql}: prints the SQL that {@code strata:upgrade} (or, with {@code downgradeTo},
 * {@code strata:downgrade}, after warning of the data it drops and, without {@code allowDataLoss},
 * that it would revert nothing, as {@code strata downgrade --dry-run} does) would run now,
 * executing nothing: to the log, or with {@code outputFile} to a file that runs as written ({@code
 * psql -v ON_ERROR_STOP=1 -f}, {@code mariadb <}), since the log prefixes every line and {@code mvn
 * -q} shows none.
 */
public final class SqlMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The upgrade's target version; every pending migration when absent. */
  private String to;

  /** Render the downgrade to this version instead of the upgrade. */
  private String downgradeTo;

  /** The file to write the SQL to, instead of the log. */
  private File outputFile;

  /** With {@code downgradeTo}: whether {@code strata:downgrade} would drop the data listed. */
  private String allowDataLoss;

  @Override
  void checkParameters() throws MojoFailureException {
    BooleanParameter.parse("strata.allowDataLoss", allowDataLoss);
    Integer upgradeTarget = VersionParameter.parse("strata.to", to);
    Integer downgradeTarget = VersionParameter.parse("strata.downgradeTo", downgradeTo);
    // the same version in both is a build that runs strata:downgrade too, where strata.to is the
    // version to keep
    if (upgradeTarget != null
        && downgradeTarget != null
        && !upgradeTarget.equals(downgradeTarget)) {
      throw new MojoFailureException(
          "strata.to is "
              + upgradeTarget
              + " and strata.downgradeTo is "
              + downgradeTarget
              + ", which ask for two scripts: give -Dstrata.to=N for the SQL of the upgrade up to"
              + " N, or -Dstrata.downgradeTo=N for that of the downgrade to N");
    }
  }

  @Override
  void run(Strata strata) throws MojoFailureException {
    Integer to = VersionParameter.parse("strata.to", this.to);
    Integer downgradeTo = VersionParameter.parse("strata.downgradeTo", this.downgradeTo);
    String script;
    if (downgradeTo != null) {
      String set = set(strata);
      // what strata:downgrade lists first, and whether it would run, as strata downgrade --dry-run
      List<DroppedData> dropped = strata.downgradeDrops(set, downgradeTo);
      warnOf(dropped);
      if (!dropped.isEmpty() && !BooleanParameter.parse("strata.allowDataLoss", allowDataLoss)) {
        getLog()
            .warn(
                "Without -Dstrata.allowDataLoss=true, strata:downgrade -Dstrata.to="
                    + downgradeTo
                    + " reverts nothing: it drops the data listed above. Back it up if it matters,"
                    + " then run it with -Dstrata.allowDataLoss=true");
      }
      script = strata.downgradeSql(set, downgradeTo);
    } else {
      if (to != null) {
        script = strata.upgradeSql(set(strata), to);
      } else {
        script = requestedSet() == null ? strata.upgradeSql() : strata.upgradeSql(requestedSet());
      }
    }
    if (outputFile != null) {
      write(script);
      return;
    }
    for (String line : script.split("\n")) {
      getLog().info(line);
    }
  }

  private void write(String script) throws MojoFailureException {
    Path file = outputFile.toPath().toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoFailureException("Could not write the SQL to " + file + ": " + e, e);
    }
    getLog().info("Wrote the SQL to " + file);
  }
}
