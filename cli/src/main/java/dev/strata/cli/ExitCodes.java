package dev.strata.cli;

import dev.strata.runtime.DriverDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The exit codes that scripts can rely on, and which failure gets which: the one place that maps
 * exceptions to them.
 */
final class ExitCodes {

  /** The command did what it was asked, including finding nothing to do. */
  static final int OK = 0;

  /** A migration failed, the history disagrees with the code (validate), or an internal error. */
  static final int FAILURE = 1;

  /** The command line is wrong: an unknown option, a missing or invalid value (picocli's code). */
  static final int USAGE = 2;

  /** The database cannot be reached, or the migrations or the options cannot be used. */
  static final int CONFIGURATION = 3;

  /** Another run held the migration lock for longer than --lock-timeout; nothing was done. */
  static final int LOCK_TIMEOUT = 4;

  private ExitCodes() {}

  /** The code for a command that ended with {@code failure}. */
  static int of(Throwable failure) {
    if (failure instanceof CommandLine.ParameterException
        || failure instanceof IllegalArgumentException
        || failure instanceof dev.strata.runtime.UnknownViewException) {
      // the runtime's IllegalArgumentException names an argument: an unknown set or version;
      // UnknownViewException, refresh's unknown view
      return USAGE;
    }
    if (failure instanceof ConfigurationException || cannotConnect(failure)) {
      return CONFIGURATION;
    }
    if (failure instanceof dev.strata.runtime.LockTimeoutException) {
      return LOCK_TIMEOUT;
    }
    return FAILURE;
  }

  /** The list that every command's usage help ends with. */
  static Map<String, String> help() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(Integer.toString(OK), "Success, also when there was nothing to do.");
    codes.put(
        Integer.toString(FAILURE),
        "A migration failed, validate found problems or views changed by hand, status found a"
            + " FAILED or CHANGED migration, or another error.");
    codes.put(
        Integer.toString(USAGE),
        "Usage error: unknown option, missing or invalid value, unknown set, version or"
            + " materialized view to refresh, several sets and no --set, or a revert that drops data"
            + " without --allow-data-loss.");
    codes.put(
        Integer.toString(CONFIGURATION),
        "Cannot connect, the schema of the history table does not exist, or the migrations cannot"
            + " be used.");
    codes.put(
        Integer.toString(LOCK_TIMEOUT),
        "Another run held the lock longer than --lock-timeout; nothing was done.");
    return codes;
  }

  private static boolean cannotConnect(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DriverDataSource.CannotConnectException) {
        return true;
      }
    }
    return false;
  }
}
