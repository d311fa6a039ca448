package dev.strata.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Every error text of the command line, in one place so that they read alike: each names the option
 * or value at fault and says what to do instead. The runtime's own messages pass through.
 */
final class Messages {

  static final String MISSING_URL = "Missing required option: '--url=JDBC_URL'";

  static final String PASSWORDS_EXCLUSIVE =
      "--password and --password-env are mutually exclusive: give one";

  static final String ALLOW_DATA_LOSS_ALONE =
      "--allow-data-loss allows upgrade --revert-unknown to revert what drops data, and does"
          + " nothing without it: an upgrade applies its migrations as they are. Give"
          + " --revert-unknown too, or leave --allow-data-loss out";

  static final String EMPTY_PATH =
      "--migrations names an empty path (an unset variable?): name the jar or class folder of the"
          + " module with @View classes, such as -m target/classes";

  static final String SQL_TARGET =
      "Give either --url=JDBC_URL, to render what that database needs now, or"
          + " --dialect=DIALECT, to render without a database";

  static final String HISTORY_TABLE_OFFLINE =
      "--history-table reads the history of the database of --url: the script of --dialect"
          + " renders every migration from an empty database and writes no history. Leave"
          + " --history-table out, or give --url instead of --dialect to render what that database"
          + " needs now, reading its history there";

  static final String LOCK_TIMEOUT_OFFLINE =
      "--lock-timeout bounds the waits for the database of --url, and --dialect renders without"
          + " one: leave --lock-timeout out, or give --url instead of --dialect to render what that"
          + " database needs now";

  static final String SQL_DIRECTIONS =
      "--to and --downgrade-to are mutually exclusive: give --to N for the upgrade up to N, or"
          + " --downgrade-to N for the downgrade to N";

  // the URL prefixes of the drivers in strata's jar, and their databases
  private static final String[][] BUNDLED_DRIVERS = {
    {"jdbc:postgresql:", "PostgreSQL"}, {"jdbc:mariadb:", "MariaDB"}, {"jdbc:h2:", "H2"}
  };

  private Messages() {}

  /** Names every command that {@code strata} has, as {@code status, upgrade, ... or refresh}. */
  static String missingCommand(List<String> commands) {
    int last = commands.size() - 1;
    return "Missing command: "
        + String.join(", ", commands.subList(0, last))
        + " or "
        + commands.get(last);
  }

  /**
   * Strata's command for a command of Flyway's or Liquibase's command line, or null if {@code
   * command} is none of theirs that strata has a counterpart for.
   */
  static String otherToolsCommand(String command) {
    return switch (command) {
      case "migrate", "update" -> "Flyway's migrate and Liquibase's update are strata upgrade";
      case "info", "history" ->
          "Flyway's info and Liquibase's status and history are strata status";
      case "undo", "rollback" ->
          "Flyway's undo and Liquibase's rollback are strata downgrade --to N";
      case "update-sql" -> "Liquibase's update-sql is strata sql";
      case "changelog-sync" -> "Liquibase's changelog-sync is strata baseline --version N";
      case "clean" ->
          "strata has no clean: strata downgrade --to 0 reverts every migration of a set";
      case "help" -> "strata --help lists the commands; strata COMMAND --help the options of one";
      default -> null;
    };
  }

  static String passwordVariableUnset(String variable) {
    return "The environment variable "
        + variable
        + " named by --password-env is not set: export it, or give the password otherwise";
  }

  static String missingHistorySchema(String schema, String historyTable, boolean database) {
    String kind = database ? "database" : "schema";
    return "The "
        + kind
        + " "
        + schema
        + " of --history-table "
        + historyTable
        + " does not exist, so this database has no history there to read: create the "
        + kind
        + ", or correct --history-table";
  }

  static String noCurrentSchema(String historyTable, boolean database) {
    return database
        ? "The URL names no database for the history table "
            + historyTable
            + ": name one, as in jdbc:mariadb://host:3306/db, or qualify --history-table as"
            + " db.table"
        : "The URL's schema does not exist: no schema of the session's search_path (the"
            + " currentSchema of the JDBC URL, or the user's default) exists, and the history"
            + " table "
            + historyTable
            + " goes in the first one. Create the schema, or connect with a currentSchema that"
            + " exists";
  }

  static String h2FolderIsAFile(String url, Path file) {
    return "The H2 database "
        + url
        + " cannot be created: "
        + file
        + " is not a folder. Give --url a path in a folder this user may write";
  }

  static String h2ReadOnly(String url, Path file) {
    return "The H2 database "
        + url
        + " is open read only, so nothing was changed: this user may not write its file "
        + file
        + " or its folder, or the URL says ACCESS_MODE_DATA=r. Let this user write them, or run"
        + " strata as a user who may; status, validate and sql only read the database";
  }

  static String h2FolderNotWritable(String url, Path folder) {
    return "The H2 database "
        + url
        + " cannot be created: this user may not write in the folder "
        + folder
        + ". Give --url a path in a folder this user may write, or run strata as a user who may";
  }

  static String loginOffline(String option) {
    return option
        + " logs in to the database of --url, and --dialect renders without one: leave "
        + option
        + " out, or give --url instead of --dialect to render what that database needs now";
  }

  static String notADuration(String value) {
    return "'" + value + "' is not a duration: use 30s, 5m, 1h, 500ms or ISO-8601 such as PT2M";
  }

  static String leaseWithoutLock(String command) {
    return "--lock-lease sets how long a run that died keeps others waiting for the migration lock"
        + " it held, and "
        + command
        + " takes no lock: leave --lock-lease out. upgrade, downgrade, baseline, repair and"
        + " refresh take it";
  }

  static String leaseTooShort(String value, long shortestSeconds, long defaultSeconds) {
    return "'"
        + value
        + "' is shorter than the shortest lease, "
        + shortestSeconds
        + "s: the lease is renewed every third of it. Give "
        + shortestSeconds
        + "s or more (default: "
        + defaultSeconds
        + "s)";
  }

  static String tooLongADuration(String value) {
    return "'"
        + value
        + "' is longer than strata can wait, about 292 years: give a shorter duration";
  }

  static String notAPath(Path path) {
    return "--migrations names " + path + ", which is neither a jar nor a folder";
  }

  static String noMigrations(List<Path> paths) {
    return paths.isEmpty()
        ? "No migrations to work on: name the jar or class folder of the module with @View classes"
            + " with --migrations (such as -m target/classes)"
        : "No migrations in "
            + paths
            + ": no META-INF/services/dev.strata.runtime.MigrationSource there. Name the jar or"
            + " class folder of a module that Strata's annotation processor compiled.";
  }

  static String unloadableSource(List<Path> paths, Throwable cause) {
    return "Could not load a MigrationSource listed in"
        + " META-INF/services/dev.strata.runtime.MigrationSource of "
        + paths
        + ": "
        + cause.getMessage()
        + ". Rebuild the module whose migrations these are.";
  }

  /**
   * The migrations' classes cannot be used by this JVM: compiled for a newer Java, or against
   * classes that --migrations does not hold (another version of Strata's runtime, a library).
   */
  static String unlinkableSource(List<Path> paths, LinkageError cause) {
    String advice =
        cause instanceof UnsupportedClassVersionError
            ? "They were compiled for a newer Java than the Java "
                + Runtime.version().feature()
                + " that runs strata: run strata with that Java or a newer one, or compile the"
                + " module with --release "
                + Runtime.version().feature()
                + "."
            : "Rebuild the module with the version of Strata that strata --version shows, and"
                + " give --migrations the jars of the libraries its migrations use.";
    return "Could not load the migrations in " + paths + ": " + cause + ". " + advice;
  }

  static String severalSets(List<String> sets) {
    return "Several migration sets are loaded " + sets + ": name one with --set";
  }

  static String noDriver(String redactedUrl) {
    if (!redactedUrl.startsWith("jdbc:")) {
      return redactedUrl
          + " is not a JDBC URL: give --url as jdbc:postgresql://host:5432/db,"
          + " jdbc:mariadb://host:3306/db or jdbc:h2:file:./db";
    }
    String scheme = redactedUrl.substring("jdbc:".length()).split("[:;/?]", 2)[0];
    for (String[] bundled : BUNDLED_DRIVERS) {
      String meant = bundled[0].substring("jdbc:".length(), bundled[0].length() - 1);
      // jdbc:postgres: or jdbc:pgsql: is a slip of the pen, not a database without a driver
      if (!scheme.equals(meant) && (misspells(scheme, meant) || scheme.equals("pgsql"))) {
        return "No JDBC driver accepts the URL "
            + redactedUrl
            + ": the scheme of "
            + bundled[1]
            + "'s driver, which strata brings, is "
            + bundled[0]
            + " ("
            + redactedUrl.replaceFirst("^jdbc:[^:;/?]*:", bundled[0])
            + ")";
      }
    }
    if (redactedUrl.startsWith("jdbc:mysql:")) {
      return "No JDBC driver accepts the URL "
          + redactedUrl
          + ": MariaDB's driver, which strata brings for MySQL too, reads a jdbc:mysql: URL only"
          + " with the parameter permitMysqlScheme. Add it (?permitMysqlScheme), or write "
          + redactedUrl.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
    }
    for (String[] bundled : BUNDLED_DRIVERS) {
      if (redactedUrl.startsWith(bundled[0])) {
        return bundled[1]
            + "'s driver, which strata brings, refuses the URL "
            + redactedUrl
            + ": check its host, port and database, and the form of its parameters";
      }
    }
    return "No JDBC driver accepts the URL "
        + redactedUrl
        + " (strata brings those of H2, PostgreSQL and MariaDB; add the jar of another one to"
        + " --migrations)";
  }

  private static boolean misspells(String scheme, String meant) {
    return scheme.length() >= 4 && (meant.startsWith(scheme) || scheme.startsWith(meant));
  }

  static String seeHelp(String command) {
    return "Run '" + command + " --help' for its options.";
  }
}
