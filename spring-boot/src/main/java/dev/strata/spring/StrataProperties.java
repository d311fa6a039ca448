package dev.strata.spring;

import dev.strata.runtime.Configuration;
import dev.strata.runtime.DriverDataSource;
import dev.strata.runtime.UnknownMigrations;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code strata.*} properties of a Spring Boot application; immutable, bound once at startup.
 *
 * <pre>{@code
 * strata.lock-timeout=2m
 * strata.url=jdbc:postgresql://db/shop
 * strata.user=shop_owner
 * strata.password=${SHOP_OWNER_PASSWORD}
 * }</pre>
 *
 * <p>Each {@code @param} below is also the property's description in IDE completion, hence
 * sentences in Spring Boot's style rather than Javadoc's.
 *
 * @param enabled Whether to apply Strata's migrations at startup.
 * @param url JDBC URL of the database to migrate, when Strata should not migrate through the
 *     application's DataSource. Goes with 'strata.user' and 'strata.password'.
 * @param user Login user to migrate as, such as an account allowed to create views that the
 *     application's own account is not. Uses the application's JDBC URL unless 'strata.url' is set.
 * @param password Login password of 'strata.user'.
 * @param historyTable Name of the table that records the applied migrations, optionally
 *     schema-qualified.
 * @param lockTimeout How long a starting instance waits for another one that is migrating the same
 *     database before startup fails. Seconds if no unit is given.
 * @param lockLease On a MariaDB Galera cluster, how long a migrating instance that died keeps the
 *     others waiting: the lock is a lease that its holder renews every third of this time. Seconds
 *     if no unit is given.
 * @param validateOnStart Whether to check the history table against the code before upgrading,
 *     failing startup with every problem found: changed checksums, migrations missing from the code
 *     (unless 'strata.unknown-migrations' has the upgrade revert them), runs that did not finish.
 * @param baselineOnStart Whether to adopt a database whose views exist already: for each migration
 *     set of which nothing is recorded as applied, record versions 1 to 'strata.baseline-version'
 *     as applied without running them, then upgrade. Turn it off once the database is adopted.
 * @param baselineVersion Version that 'strata.baseline-on-start' records as applied.
 * @param unknownMigrations What startup does with migrations the database has applied and the
 *     application lacks, as after a rollback to an older build: 'refuse' (fail startup, naming
 *     them) or 'revert' (revert them first from the downgrades the history stored when they were
 *     applied).
 * @param failOnDrift Whether to fail startup, applying nothing, when views were changed, dropped or
 *     added by hand since Strata wrote them. Reads the view catalog at every start.
 */
// a misspelt strata.* property fails startup (Spring Boot names it); environment variables and
// system properties are not held against it, as Spring Boot leaves them out of that check
@ConfigurationProperties(prefix = "strata", ignoreUnknownFields = false)
public record StrataProperties(
    @DefaultValue("true") boolean enabled,
    @Nullable String url,
    @Nullable String user,
    @Nullable String password,
    @DefaultValue(Configuration.DEFAULT_HISTORY_TABLE) String historyTable,
    @DefaultValue("10m") @DurationUnit(ChronoUnit.SECONDS) Duration lockTimeout,
    @DefaultValue("30s") @DurationUnit(ChronoUnit.SECONDS) Duration lockLease,
    @DefaultValue("false") boolean validateOnStart,
    @DefaultValue("false") boolean baselineOnStart,
    @DefaultValue("1") int baselineVersion,
    @DefaultValue("refuse") UnknownMigrations unknownMigrations,
    @DefaultValue("false") boolean failOnDrift) {

  /**
   * Never shows a password, neither {@code password} nor one in the URL (shown without its login
   * and parameters), since properties end up in logs and failure reports.
   */
  @Override
  public String toString() {
    return "StrataProperties[enabled="
        + enabled
        + ", url="
        + (url == null ? null : DriverDataSource.redacted(url))
        + ", user="
        + user
        + ", password="
        + (password == null ? null : "******")
        + ", historyTable="
        + historyTable
        + ", lockTimeout="
        + lockTimeout
        + ", lockLease="
        + lockLease
        + ", validateOnStart="
        + validateOnStart
        + ", baselineOnStart="
        + baselineOnStart
        + ", baselineVersion="
        + baselineVersion
        + ", unknownMigrations="
        + unknownMigrations
        + ", failOnDrift="
        + failOnDrift
        + "]";
  }
}
