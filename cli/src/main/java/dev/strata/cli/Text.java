package dev.strata.cli;

import dev.strata.runtime.MigrationInfo;
import java.util.Locale;

/** How the commands name a migration in what they print, as the runtime's messages do. */
final class Text {

  private Text() {}

  /** {@code V0002 "Replace active_users" of set main}. */
  static String label(MigrationInfo migration) {
    return String.format(
        Locale.ROOT,
        "V%04d \"%s\" of set %s",
        migration.version(),
        migration.description(),
        migration.set());
  }
}
