package dev.strata.spring.actuate;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports, under {@code /actuator/health/strata}, the version each migration set is at and its
 * pending migrations ({@code sets}, by set), and the views changed, dropped or added by hand
 * ({@code drift}, by view).
 *
 * <ul>
 *   <li>{@code DOWN} while a migration run of a set this application loads that did not finish
 *       waits for {@link Strata#repair()}, an applied migration's checksum differs from the code's,
 *       or the history table cannot be read: upgrades refuse to start until someone acts. Another
 *       application's set, sharing the history table, is listed but keeps it up.
 *   <li>{@code OUT_OF_SERVICE} while migrations of this build are pending: the code expects views
 *       the database does not have yet.
 *   <li>{@code UP} otherwise, with drift listed: the views still answer, and a run in progress
 *       elsewhere is listed under {@code running} (upgrades wait for it, nothing needs repair).
 * </ul>
 *
 * <p>While a run of any set, loaded or not, has not finished, drift is not looked for (the run's
 * views are neither as the history records them nor as the run would): {@code driftNotLookedFor}
 * lists those runs ({@code ["V0001 Create sales of set reporting: FAILED"]}) instead of {@code
 * drift}.
 *
 * <p>The drift check reads every managed view's definition from the catalog, several times what the
 * rest costs: its result is shown for {@code management.health.strata.drift.time-to-live} (a
 * minute) before the next check reads it again, and {@code
 * management.health.strata.drift.enabled=false} turns it off. Status, pending and failed runs are
 * read at every check.
 *
 * <p>It reads through the {@link Strata} bean, so through the same DataSource and account as the
 * migration ({@code strata.url}, {@code strata.user}, a {@code @StrataDataSource} bean).
 *
 * <pre>{@code
 * {"status": "UP", "details": {"sets": {"main": {"version": 3, "pending": []}},
 *                             "drift": {"public.active_accounts": "CHANGED"}}}
 * }</pre>
 */
public class StrataHealthIndicator extends AbstractHealthIndicator {

  private final Strata strata;
  private final DriftCheck drift;

  /** With the drift check on and its result kept a minute, as without any property. */
  public StrataHealthIndicator(Strata strata) {
    this(strata, StrataHealthProperties.Drift.DEFAULT);
  }

  /**
   * @param drift whether to look for drift, and how long to show what a check found before the next
   *     one ({@code management.health.strata.drift.*})
   */
  public StrataHealthIndicator(Strata strata, StrataHealthProperties.Drift drift) {
    super("Strata cannot read its history table");
    this.strata = Objects.requireNonNull(strata, "strata");
    this.drift = drift.enabled() ? new DriftCheck(strata, drift.timeToLive()) : null;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    StatusReport report = strata.status();
    if (needsAttention(report)) {
      builder.down();
    } else if (!report.pending().isEmpty()) {
      builder.outOfService();
    } else {
      builder.up();
    }
    builder.withDetails(StatusDetails.of(report));
    if (drift == null) {
      return;
    }
    DriftCheck.Found found = drift.drift();
    if (!found.drift().isEmpty()) {
      builder.withDetail("drift", found.drift());
    }
    if (!found.notLookedFor().isEmpty()) {
      // no drift listed is not no drift: say which runs kept it from being looked for
      builder.withDetail("driftNotLookedFor", found.notLookedFor());
    }
  }

  /**
   * Whether a migration of a set this application loads stops its upgrades: another application's
   * set, sharing the history table, is listed but stops none of them (a failOnDrift start excepted,
   * which cannot look for drift meanwhile), and a DOWN for it would take this instance, which works
   * on, out of traffic for what only the other application can repair.
   */
  private boolean needsAttention(StatusReport report) {
    List<String> loaded = strata.sets();
    for (MigrationInfo migration : report.needingAttention()) {
      if (loaded.contains(migration.set())) {
        return true;
      }
    }
    return false;
  }
}
