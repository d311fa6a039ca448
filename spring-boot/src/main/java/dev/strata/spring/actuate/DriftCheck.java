package dev.strata.spring.actuate;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.ViewDrift;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The views a {@link Strata} finds drifted, by name, read again only once the last result is older
 * than its time to live: a drift check reads every managed view's definition from the catalog,
 * which a health endpoint that load balancers and Kubernetes poll every few seconds should not pay
 * each time, as Spring Boot caches its endpoints' responses ({@code cache.time-to-live}). While a
 * run has not finished, drift is not looked for: the result names the run instead, and is not kept.
 */
final class DriftCheck {

  private final Strata strata;
  private final long timeToLiveNanos;
  private Found last;
  private long readAt;

  DriftCheck(Strata strata, Duration timeToLive) {
    this.strata = strata;
    this.timeToLiveNanos = timeToLive.toNanos();
  }

  /**
   * What a check found.
   *
   * @param drift each drifted view's name and what happened to it (CHANGED, DROPPED, ADDED), sorted
   *     by name
   * @param notLookedFor the runs, of any set, that did not finish, because of which drift was not
   *     looked for ({@code V0001 Create sales of set reporting: FAILED}); empty if it was
   */
  record Found(Map<String, String> drift, List<String> notLookedFor) {

    Found {
      drift = Collections.unmodifiableMap(new TreeMap<>(drift));
      notLookedFor = List.copyOf(notLookedFor);
    }
  }

  /**
   * What a check found at most the time to live ago. A failed read is not kept, nor one that could
   * not look for drift: the next call reads again, so that drift shows as soon as the run is over.
   */
  synchronized Found drift() {
    long now = System.nanoTime();
    if (last == null || now - readAt >= timeToLiveNanos) {
      Found found = read();
      if (!found.notLookedFor().isEmpty()) {
        return found;
      }
      last = found;
      readAt = now;
    }
    return last;
  }

  private Found read() {
    ValidationReport validation;
    try {
      validation = strata.validate();
    } catch (ValidationException e) {
      // the problems it names are the failed and changed migrations the status already shows
      validation = e.report();
    }
    Map<String, String> drift = new TreeMap<>();
    for (ViewDrift view : validation.drift()) {
      drift.put(view.view(), view.change().name());
    }
    List<String> notLookedFor = new ArrayList<>();
    for (MigrationInfo run : validation.unfinished()) {
      notLookedFor.add(
          String.format(
              Locale.ROOT,
              "V%04d %s of set %s: %s",
              run.version(),
              run.description(),
              run.set(),
              run.state()));
    }
    return new Found(drift, notLookedFor);
  }
}
