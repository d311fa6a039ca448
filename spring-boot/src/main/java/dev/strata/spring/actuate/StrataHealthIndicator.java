package dev.strata.spring.actuate;

import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports, under {@code /actuator/health/strata}, the version each migration set is at and its
 * pending migrations; down while a migration run that did not finish waits for {@link
 * Strata#repair()}, or the history table cannot be read. A run in progress elsewhere is listed
 * under {@code running} and keeps it up: upgrades wait for it, nothing needs repair.
 *
 * <pre>{@code
 * {"status": "UP", "details": {"main": {"version": 3, "pending": []}}}
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
    if (report.failed().isEmpty()) {
      builder.up();
    } else {
      builder.down();
    }
    builder.withDetails(StatusDetails.of(report));
  }
}
