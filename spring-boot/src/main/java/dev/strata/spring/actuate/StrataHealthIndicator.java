package dev.strata.spring.actuate;

import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.ViewDrift;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports, under {@code /actuator/health/strata}, the version each migration set is at and its
 * pending migrations ({@code sets}, by set), and the views changed, dropped or added by hand
 * ({@code drift}, by view).
 *
 * <ul>
 *   <li>{@code DOWN} while a migration run that did not finish waits for {@link Strata#repair()},
 *       an applied migration's checksum differs from the code's, or the history table cannot be
 *       read: upgrades refuse to start until someone acts.
 *   <li>{@code OUT_OF_SERVICE} while migrations of this build are pending: the code expects views
 *       the database does not have yet.
 *   <li>{@code UP} otherwise, with drift listed: the views still answer, and a run in progress
 *       elsewhere is listed under {@code running} (upgrades wait for it, nothing needs repair).
 * </ul>
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

  public StrataHealthIndicator(Strata strata) {
    super("Strata cannot read its history table");
    this.strata = Objects.requireNonNull(strata, "strata");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    StatusReport report = strata.status();
    if (!report.needingAttention().isEmpty()) {
      builder.down();
    } else if (!report.pending().isEmpty()) {
      builder.outOfService();
    } else {
      builder.up();
    }
    builder.withDetails(StatusDetails.of(report));
    Map<String, String> drift = drift();
    if (!drift.isEmpty()) {
      builder.withDetail("drift", drift);
    }
  }

  /** Each drifted view's name and what happened to it (CHANGED, DROPPED, ADDED), by name. */
  private Map<String, String> drift() {
    ValidationReport validation;
    try {
      validation = strata.validate();
    } catch (ValidationException e) {
      // the problems it names are the failed and changed migrations the status already shows
      validation = e.report();
    }
    // sorted: the same order on every call
    Map<String, String> drift = new TreeMap<>();
    for (ViewDrift view : validation.drift()) {
      drift.put(view.view(), view.change().name());
    }
    return drift;
  }
}
