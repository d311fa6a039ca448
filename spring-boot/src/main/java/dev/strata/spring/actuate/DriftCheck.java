package dev.strata.spring.actuate;

import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.ViewDrift;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The views a {@link Strata} finds drifted, by name, read again only once the last result is older
 * than its time to live: a drift check reads every managed view's definition from the catalog,
 * which a health endpoint that load balancers and Kubernetes poll every few seconds should not pay
 * each time, as Spring Boot caches its endpoints' responses ({@code cache.time-to-live}).
 */
final class DriftCheck {

  private final Strata strata;
  private final long timeToLiveNanos;
  private Map<String, String> last;
  private long readAt;

  DriftCheck(Strata strata, Duration timeToLive) {
    this.strata = strata;
    this.timeToLiveNanos = timeToLive.toNanos();
  }

  /**
   * Each drifted view's name and what happened to it (CHANGED, DROPPED, ADDED), sorted by name; as
   * found at most the time to live ago. A failed read is not kept: the next call reads again.
   */
  synchronized Map<String, String> drift() {
    long now = System.nanoTime();
    if (last == null || now - readAt >= timeToLiveNanos) {
      last = read();
      readAt = now;
    }
    return last;
  }

  private Map<String, String> read() {
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
    return Collections.unmodifiableMap(drift);
  }
}
