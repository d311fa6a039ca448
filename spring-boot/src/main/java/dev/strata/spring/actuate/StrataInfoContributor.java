package dev.strata.spring.actuate;

import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds, under {@code strata} in {@code /actuator/info}, the version each migration set is at and
 * its pending migrations; when the history cannot be read (the database is down), the reason, under
 * {@code strata.error}, beside what the other contributors add.
 *
 * <pre>{@code
 * {"strata": {"sets": {"main": {"version": 3, "pending": []}}}}
 * }</pre>
 */
public class StrataInfoContributor implements InfoContributor {

  private final Strata strata;

  public StrataInfoContributor(Strata strata) {
    this.strata = Objects.requireNonNull(strata, "strata");
  }

  /**
   * Adds the status, or under {@code strata.error} why it cannot be read: Actuator's info endpoint
   * gathers every contributor in one response, which an exception here would fail whole.
   */
  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> details;
    try {
      details = StatusDetails.of(strata.status());
    } catch (StrataException e) {
      details = Map.of("error", e.getMessage());
    }
    builder.withDetail("strata", details);
  }
}
