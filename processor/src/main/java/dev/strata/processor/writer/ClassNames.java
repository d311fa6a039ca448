package dev.strata.processor.writer;

import dev.strata.processor.plan.MigrationPlan;
import java.util.Locale;

/** The simple names of the generated classes, derived in one place from descriptions and sets. */
public final class ClassNames {

  /**
   * Longer names come from the plan's summary: {@code V0001_Create1ViewAnd2Tables} reads better
   * than a name listing every view and table, which {@code description()} still does.
   */
  static final int MAX_NAME = 48;

  private ClassNames() {}

  /** {@code V0002_CreateActiveUsers} for version 2, {@code Create active_users}. */
  public static String migration(MigrationPlan plan) {
    String name = upperCamel(plan.description());
    if (name.length() > MAX_NAME) {
      name = upperCamel(plan.summary());
    }
    return String.format(Locale.ROOT, "V%04d_", plan.version()) + name;
  }

  /** {@code MainMigrationIndex} for set {@code main}, {@code ReportingMigrationIndex} for ... */
  public static String index(String set) {
    return upperCamel(set) + "MigrationIndex";
  }

  /** The words of {@code text}, each capitalised, with everything between them left out. */
  private static String upperCamel(String text) {
    StringBuilder name = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }
}
