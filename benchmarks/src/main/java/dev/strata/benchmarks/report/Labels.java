package dev.strata.benchmarks.report;

import java.util.List;

/** The names that benchmarks record measurements under and the results file looks them up by. */
public final class Labels {

  public static final String COLD = "cold";
  public static final String WARM = "warm";
  public static final String APPLY = "apply";
  public static final String COMPILE = "compile";

  public static final String H2_FILE = "H2 (file)";
  public static final String H2_MEMORY = "H2 (in memory)";
  public static final String POSTGRESQL = "PostgreSQL";
  public static final String MARIADB = "MariaDB";

  /** The databases of cold starts, in the order of the results' tables. */
  public static final List<String> COLD_DATABASES = List.of(H2_FILE, POSTGRESQL, MARIADB);

  /** The databases of warm starts and of applying, in the order of the results' tables. */
  public static final List<String> WARM_DATABASES = List.of(H2_MEMORY, POSTGRESQL, MARIADB);

  public static final String FIRST_BUILD = "first build";

  /** A build with no change against the 100-version history, from an empty {@code target/}. */
  public static final String NO_CHANGE_HISTORY = "no change, 100 snapshots";

  /** The same, after a build that left its cache in {@code target/strata-cache/}. */
  public static final String NO_CHANGE_HISTORY_CACHED = "no change, 100 snapshots, cached";

  /**
   * A build with no change of N views against an N-version history after a build that left its
   * cache, as a developer's next build finds it: the target judges it.
   */
  public static final String NO_CHANGE_LONG_HISTORY = "no change, long history";

  /** The same from an empty {@code target/}, as a CI build from a fresh clone runs it. */
  public static final String NO_CHANGE_LONG_HISTORY_CLEAN =
      "no change, long history, clean target/";

  public static final String WARM_JVM = "warm JVM";
  public static final String PLAIN_JAVAC = "javac -proc:none";
  public static final String JAVAC_WITH_STRATA = "javac + Strata";
  public static final String INSIDE_PROCESSOR = "inside the processor";

  /**
   * The part of {@link #INSIDE_PROCESSOR} spent inside javac's {@code Filer}: creating, opening,
   * writing and closing the generated files.
   */
  public static final String INSIDE_FILER = "inside the Filer";

  /**
   * The fact that keeps, beside the profile kept as the fact {@code profile}, whose time its
   * samples were (an encoded {@code OwnerCounts}), which the verdicts of missed targets read.
   */
  public static String ownersOf(String profile) {
    return "owners." + profile;
  }

  private Labels() {}
}
