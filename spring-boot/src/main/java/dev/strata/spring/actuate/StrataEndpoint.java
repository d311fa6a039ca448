package dev.strata.spring.actuate;

import dev.strata.runtime.ActiveRun;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/strata}: every migration of every set, applied or not, with its state, checksum,
 * when it was applied and how long it took, as {@code /actuator/flyway} lists Flyway's; then the
 * runs another instance is carrying out now. Takes no lock and changes nothing.
 *
 * <pre>{@code
 * {"sets": {"main": {"version": 1, "migrations": [
 *   {"version": 1, "description": "Create active_users", "state": "APPLIED", "checksum": "9b3d...",
 *    "installedOn": "2026-01-05T10:15:30Z", "executionTime": 12},
 *   {"version": 2, "description": "Replace active_users", "state": "PENDING", ...}]}},
 *  "running": []}
 * }</pre>
 */
@Endpoint(id = "strata")
public class StrataEndpoint {

  private final Strata strata;

  public StrataEndpoint(Strata strata) {
    this.strata = Objects.requireNonNull(strata, "strata");
  }

  @ReadOperation
  public StrataDescriptor migrations() {
    StatusReport report = strata.status();
    // sorted: sets appear in the same order on every call; the report sorts each by version
    Map<String, List<MigrationDescriptor>> bySet = new TreeMap<>();
    for (MigrationInfo migration : report.migrations()) {
      bySet
          .computeIfAbsent(migration.set(), set -> new ArrayList<>())
          .add(MigrationDescriptor.of(migration));
    }
    Map<String, SetDescriptor> sets = new TreeMap<>();
    bySet.forEach(
        (set, migrations) ->
            sets.put(set, new SetDescriptor(report.currentVersion(set), migrations)));
    return new StrataDescriptor(sets, report.running().stream().map(ActiveRun::toString).toList());
  }

  /**
   * The endpoint's answer.
   *
   * @param sets each migration set by name
   * @param running one line per run another instance is carrying out now
   */
  public record StrataDescriptor(Map<String, SetDescriptor> sets, List<String> running)
      implements OperationResponseBody {

    public StrataDescriptor {
      // not Map.copyOf, whose order is unspecified: sets are listed by name
      sets = Collections.unmodifiableMap(new TreeMap<>(sets));
      running = List.copyOf(running);
    }
  }

  /**
   * One migration set.
   *
   * @param version the highest version applied, or 0
   * @param migrations every migration of the set, by version
   */
  public record SetDescriptor(int version, List<MigrationDescriptor> migrations) {

    public SetDescriptor {
      migrations = List.copyOf(migrations);
    }
  }

  /**
   * One migration, named as Flyway's endpoint names its fields.
   *
   * @param installedOn when it was applied (for a failed run, when it began); null if pending
   * @param executionTime how long it took to apply, in milliseconds; null if pending
   */
  public record MigrationDescriptor(
      int version,
      String description,
      MigrationState state,
      String checksum,
      @Nullable Instant installedOn,
      @Nullable Long executionTime) {

    static MigrationDescriptor of(MigrationInfo migration) {
      return new MigrationDescriptor(
          migration.version(),
          migration.description(),
          migration.state(),
          migration.checksum(),
          migration.appliedAt(),
          migration.executionMillis());
    }
  }
}
