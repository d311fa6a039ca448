package dev.strata.cli;

import dev.strata.runtime.Configuration;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --lock-timeout} of every command that reads a database, as a mixin: the commands that
 * change it wait that long for the migration lock, and every command, those that only read too,
 * that long for a database out of reach for a moment (an H2 {@code AUTO_SERVER} file changing
 * hands, an H2 file another process holds open), as the runtime's lock timeout bounds both.
 */
final class LockTimeoutOption {

  static final String NAME = "--lock-timeout";

  @Option(
      names = NAME,
      paramLabel = "DURATION",
      converter = LockOption.DurationConverter.class,
      description =
          "How long to wait while another run holds the migration lock, or the database is out"
              + " of reach for a moment (an H2 file another process holds open): 30s, 5m, 1h,"
              + " 500ms or ISO-8601 such as PT2M (default: 10m).")
  private Duration timeout;

  /** The configuration with this lock timeout, where given. */
  Configuration apply(Configuration configuration) {
    return timeout == null ? configuration : configuration.lockTimeout(timeout);
  }
}
