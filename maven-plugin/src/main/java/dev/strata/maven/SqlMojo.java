package dev.strata.maven;

import dev.strata.runtime.Strata;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code strata:sql}: prints the SQL that {@code strata:upgrade} (or, with {@code downgradeTo},
 * {@code strata:downgrade}) would run now, executing nothing: to the log, or with {@code
 * outputFile} to a file that runs as written ({@code psql -v ON_ERROR_STOP=1 -f}, {@code mariadb
 * <}), since the log prefixes every line and {@code mvn -q} shows none.
 */
public final class SqlMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The upgrade's target version; every pending migration when absent. */
  private String to;

  /** Render the downgrade to this version instead of the upgrade. */
  private String downgradeTo;

  /** The file to write the SQL to, instead of the log. */
  private File outputFile;

  @Override
  void checkParameters() throws MojoFailureException {
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
      script = strata.downgradeSql(set(strata), downgradeTo);
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
