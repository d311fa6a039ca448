package dev.strata.spring.actuate;

import dev.strata.runtime.Strata;
import java.util.Objects;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds, under {@code strata} in {@code /actuator/info}, the version each migration set is at and
 * its pending migrations.
 *
 * <pre>{@code
 * {"strata": {"main": {"version": 3, "pending": []}}}
 * }</pre>
 */
public class StrataInfoContributor implements InfoContributor {

  private final Strata strata;

  public StrataInfoContributor(Strata strata) {
    this.strata = Objects.requireNonNull(strata, "strata");
  }

  @Override
  public void contribute(Info.Builder builder) {
    builder.withDetail("strata", StatusDetails.of(strata.status()));
  }
}
