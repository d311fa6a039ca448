package dev.strata.maven;

import dev.strata.runtime.DataLossException;
import dev.strata.runtime.Strata;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code strata:downgrade -Dstrata.to=N}: reverts the migrations above version N, first logging the
 * tables and columns that drops with their data; such a downgrade runs only with {@code
 * -Dstrata.allowDataLoss=true}, as {@code strata downgrade} only with {@code --allow-data-loss}.
 */
public final class DowngradeMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The version to keep, 0 to revert every migration of the set; required. */
  private String to;

  /** Revert even when the downgrade drops tables or columns and their data. */
  private String allowDataLoss;

  @Override
  void checkParameters() throws MojoFailureException {
    BooleanParameter.parse("strata.allowDataLoss", allowDataLoss);
    if (VersionParameter.parse("strata.to", to) == null) {
      throw new MojoFailureException(
          "strata:downgrade needs the version to keep: pass -Dstrata.to=N, or set <to> in the"
              + " plugin's <configuration> (0 reverts every migration of the set);"
              + " strata:status shows the versions applied");
    }
  }

  @Override
  void run(Strata strata) throws MojoFailureException {
    int to = VersionParameter.parse("strata.to", this.to);
    String target = set(strata);
    String ifNone = "Nothing to revert: set " + target + " has nothing applied above version " + to;
    if (BooleanParameter.parse("strata.allowDataLoss", allowDataLoss)) {
      warnOf(strata.downgradeDrops(target, to));
      report(() -> strata.downgrade(target, to), ifNone, m -> "Reverted " + m.label());
      return;
    }
    // checked under the migration lock: another run may apply migrations that drop data while
    // this one waits for it
    try {
      report(() -> strata.downgradeKeepingData(target, to), ifNone, m -> "Reverted " + m.label());
    } catch (DataLossException e) {
      warnOf(e.dropped());
      throw new MojoFailureException(
          "Nothing was reverted: the downgrade to version "
              + to
              + " drops the data listed above. Back it up if it matters, then run again with"
              + " -Dstrata.allowDataLoss=true; strata:sql -Dstrata.downgradeTo="
              + to
              + " shows the SQL");
    }
  }
}
