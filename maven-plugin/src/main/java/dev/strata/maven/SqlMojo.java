package dev.strata.maven;

import dev.strata.runtime.Strata;

/**
 * {@code strata:sql}: prints the SQL that {@code strata:upgrade} (or, with {@code downgradeTo},
 * {@code strata:downgrade}) would run now, executing nothing.
 */
public final class SqlMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The upgrade's target version; every pending migration when absent. */
  private Integer to;

  /** Render the downgrade to this version instead of the upgrade. */
  private Integer downgradeTo;

  @Override
  void run(Strata strata) {
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
    for (String line : script.split("\n")) {
      getLog().info(line);
    }
  }
}
