package dev.strata.cli;

import dev.strata.runtime.Configuration;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --lock-timeout} and {@code --lock-lease} of the commands that change the database, as
 * a mixin; the commands that only read take {@link LockTimeoutOption} alone, since they take no
 * lock whose lease could lapse.
 */
final class LockOption {

  @Mixin private LockTimeoutOption timeout;

  @Option(
      names = "--lock-lease",
      paramLabel = "DURATION",
      converter = LeaseConverter.class,
      description =
          "On a MariaDB Galera cluster, how long a run that died keeps others waiting: the lock"
              + " is a lease renewed every third of it (default: 30s, at least 1s).")
  private Duration lease;

  /** The configuration with this lock timeout and lease, where given. */
  Configuration apply(Configuration configuration) {
    Configuration timed = timeout.apply(configuration);
    return lease == null ? timed : timed.lockLease(lease);
  }

  /**
   * Reads a lease as {@link DurationConverter} reads a duration, refusing one shorter than the
   * runtime accepts: named with the option and the value given, where the runtime's refusal, at run
   * time, named neither.
   */
  static final class LeaseConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
      Duration lease = new DurationConverter().convert(value);
      if (lease.compareTo(Configuration.MIN_LOCK_LEASE) < 0) {
        throw new TypeConversionException(
            Messages.leaseTooShort(
                value,
                Configuration.MIN_LOCK_LEASE.toSeconds(),
                Configuration.DEFAULT_LOCK_LEASE.toSeconds()));
      }
      return lease;
    }
  }

  /** Reads {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms}, or ISO-8601 durations. */
  static final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
      Duration duration = parse(value);
      try {
        // the runtime waits in nanoseconds
        duration.toNanos();
      } catch (ArithmeticException e) {
        throw new TypeConversionException(Messages.tooLongADuration(value));
      }
      return duration;
    }

    private static Duration parse(String value) {
      Matcher shortForm = SHORT.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (shortForm.matches()) {
        long amount = Long.parseLong(shortForm.group(1));
        return switch (shortForm.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
      }
      try {
        Duration duration = Duration.parse(value.strip());
        if (!duration.isNegative()) {
          return duration;
        }
      } catch (DateTimeParseException e) {
        // reported below, with the forms that are accepted
      }
      throw new TypeConversionException(Messages.notADuration(value));
    }
  }
}
