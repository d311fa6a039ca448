package dev.strata.maven;

import dev.strata.runtime.Configuration;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations of {@code strata.lockTimeout} and {@code strata.lockLease}, in the forms the
 * command line's {@code --lock-timeout} takes: {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms},
 * or ISO-8601 such as {@code PT2M}.
 */
final class LockDurations {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private LockDurations() {}

  /**
   * @param parameter the user property the value came from, named by the error
   * @throws IllegalArgumentException naming the parameter and the forms it takes
   */
  static Duration parse(String parameter, String value) {
    Duration duration = duration(parameter, value);
    try {
      // the runtime waits in nanoseconds
      duration.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          parameter
              + " '"
              + value
              + "' is longer than strata can wait, about 292 years: give a shorter duration");
    }
    return duration;
  }

  /**
   * A lease, which must outlast the pauses between its renewals, in the command line's words for
   * {@code --lock-lease}: the runtime's own refusal shows the value as ISO-8601 ({@code PT0.5S}).
   *
   * @throws IllegalArgumentException naming the parameter, the shortest lease and the default
   */
  static Duration lease(String parameter, String value) {
    Duration lease = parse(parameter, value);
    if (lease.compareTo(Configuration.MIN_LOCK_LEASE) < 0) {
      throw new IllegalArgumentException(
          parameter
              + " '"
              + value
              + "' is shorter than the shortest lease, "
              + Configuration.MIN_LOCK_LEASE.toSeconds()
              + "s: the lease is renewed every third of it. Give "
              + Configuration.MIN_LOCK_LEASE.toSeconds()
              + "s or more (default: "
              + Configuration.DEFAULT_LOCK_LEASE.toSeconds()
              + "s)");
    }
    return lease;
  }

  private static Duration duration(String parameter, String value) {
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
    throw new IllegalArgumentException(
        parameter
            + " '"
            + value
            + "' is not a duration: write 30s, 5m, 1h, 500ms or ISO-8601 such as PT2M");
  }
}
