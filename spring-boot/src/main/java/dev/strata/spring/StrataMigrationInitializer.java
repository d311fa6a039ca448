package dev.strata.spring;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.UnknownMigrations;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationProblem;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the database up to date when the application context creates this bean: validates if
 * asked, baselines if asked, then upgrades. Spring Boot's database initialization ordering creates
 * it before the JPA {@code EntityManagerFactory}, {@code JdbcTemplate}s and beans annotated
 * {@code @DependsOnDatabaseInitialization}.
 *
 * <p>Define a bean of this type to replace the one Strata configures:
 *
 * <pre>{@code
 * @Bean
 * StrataMigrationInitializer strataMigrationInitializer(Strata strata, StrataProperties properties) {
 *   return new StrataMigrationInitializer(strata, properties);
 * }
 * }</pre>
 */
public class StrataMigrationInitializer implements InitializingBean {

  private static final Log LOG = LogFactory.getLog(StrataMigrationInitializer.class);

  private final Strata strata;
  private final StrataProperties properties;

  public StrataMigrationInitializer(Strata strata, StrataProperties properties) {
    this.strata = Objects.requireNonNull(strata, "strata");
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  /**
   * Runs the startup steps; an exception fails the application's startup.
   *
   * @throws dev.strata.runtime.ValidationException if {@code strata.validate-on-start} is set and
   *     the history disagrees with the code
   * @throws dev.strata.runtime.StrataException if a migration fails or the lock times out
   */
  @Override
  public void afterPropertiesSet() {
    if (properties.validateOnStart()) {
      validate();
    }
    if (properties.baselineOnStart()) {
      baselineUnrecordedSets();
    }
    List<MigrationInfo> touched = strata.upgrade();
    long applied = touched.stream().filter(m -> m.state() == MigrationState.APPLIED).count();
    if (applied < touched.size()) {
      // strata.unknown-migrations=revert reverted these first
      LOG.info(
          "Strata reverted " + (touched.size() - applied) + " migration(s) that this build lacks");
    }
    if (applied > 0) {
      LOG.info("Strata applied " + applied + " migration(s)");
    }
  }

  /**
   * Validates the history, leaving migrations the application lacks to the upgrade when {@code
   * strata.unknown-migrations} has it revert them: the check would otherwise refuse, in their name,
   * the very start that the property asks to revert them, and they would never be.
   */
  private void validate() {
    try {
      strata.validate();
    } catch (ValidationException e) {
      boolean upgradeReverts = properties.unknownMigrations() != UnknownMigrations.REFUSE;
      if (!upgradeReverts
          || e.report().problems().stream()
              .anyMatch(problem -> problem.kind() != ValidationProblem.Kind.MISSING_FROM_CODE)) {
        throw e;
      }
    }
  }

  private void baselineUnrecordedSets() {
    StatusReport status = strata.status();
    // sorted: sets are baselined, and logged, in a stable order
    TreeSet<String> sets = new TreeSet<>();
    status.migrations().forEach(m -> sets.add(m.set()));
    status.applied().forEach(m -> sets.remove(m.set()));
    status.failed().forEach(m -> sets.remove(m.set()));
    for (String set : sets) {
      try {
        strata.baseline(set, properties.baselineVersion());
      } catch (IllegalArgumentException e) {
        // the runtime's message names the version and the ones there are: say where it came from
        throw new IllegalArgumentException(
            "strata.baseline-version is " + properties.baselineVersion() + ": " + e.getMessage());
      } catch (StrataException e) {
        // an instance starting at the same time recorded the set after the status was read:
        // baselined it, or baselined and upgraded it, which the upgrade that follows takes over
        if (!recorded(set)) {
          throw e;
        }
        LOG.info("Strata did not baseline migration set " + set + ": another instance did");
        continue;
      }
      LOG.info(
          "Strata baselined migration set "
              + set
              + " at version "
              + properties.baselineVersion()
              + " (strata.baseline-on-start): versions up to it are recorded, not run");
    }
  }

  private boolean recorded(String set) {
    StatusReport status = strata.status();
    return status.applied().stream().anyMatch(m -> m.set().equals(set))
        || status.failed().stream().anyMatch(m -> m.set().equals(set));
  }
}
