package dev.strata.spring.actuate;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code management.health.strata.*} properties of the {@link StrataHealthIndicator}, beside
 * Spring Boot's own {@code management.health.strata.enabled}; immutable, bound once at startup.
 *
 * <pre>{@code
 * management.health.strata.drift.time-to-live=10m
 * management.health.strata.drift.enabled=false
 * }</pre>
 *
 * @param drift How the health indicator looks for views changed, dropped or added by hand.
 */
@ConfigurationProperties(prefix = "management.health.strata")
public record StrataHealthProperties(@DefaultValue Drift drift) {

  /**
   * The drift check, which reads the definition of every view Strata manages from the catalog:
   * several times the cost of the rest of a health check, and growing with the views.
   *
   * @param enabled Whether health lists the views changed, dropped or added by hand under 'drift'.
   * @param timeToLive How long health shows the views a drift check found before it reads the
   *     catalog again; 0 reads it at every health check. Seconds if no unit is given.
   */
  public record Drift(
      @DefaultValue("true") boolean enabled,
      // seconds, as the lock's durations: in milliseconds, time-to-live=30 read the catalog at
      // almost every probe
      @DefaultValue("1m") @DurationUnit(ChronoUnit.SECONDS) Duration timeToLive) {

    /** As without any property: checked, its result kept a minute. */
    public static final Drift DEFAULT = new Drift(true, Duration.ofMinutes(1));

    public Drift {
      if (timeToLive == null || timeToLive.isNegative()) {
        throw new IllegalArgumentException(
            "management.health.strata.drift.time-to-live is "
                + timeToLive
                + ": give a duration of 0 or more (0 checks at every health check)");
      }
    }
  }
}
