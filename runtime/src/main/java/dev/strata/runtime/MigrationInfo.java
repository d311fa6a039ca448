package dev.strata.runtime;

import dev.strata.runtime.internal.Texts;
import java.time.Instant;
import java.util.Objects;

/**
 * One migration as the runtime sees it: what the code says about it and, once applied, what the
 * history table recorded.
 *
 * <pre>{@code
 * for (MigrationInfo info : strata.upgrade()) {
 *   log.info("Applied V{} {} in {} ms", info.version(), info.description(), info.executionMillis());
 * }
 * }</pre>
 *
 * @param set the migration set (one module's history), such as {@code main}
 * @param version the schema version the migration leads to, starting at 1
 * @param description a short human description, such as {@code "Create active_users"}
 * @param checksum the hash of the migration's normalised operations
 * @param state whether the migration is applied, pending, applied but absent from the code, or
 *     failed
 * @param appliedAt when the migration was applied (for a failed one, when its run began); {@code
 *     null} if it is pending
 * @param executionMillis how long the migration took to apply; {@code null} if it is pending
 */
public record MigrationInfo(
    String set,
    int version,
    String description,
    String checksum,
    MigrationState state,
    Instant appliedAt,
    Long executionMillis) {

  public MigrationInfo {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(state, "state");
    if (version < 1) {
      throw new IllegalArgumentException("Migration versions start at 1, got " + version);
    }
    boolean pending = state == MigrationState.PENDING;
    if (pending != (appliedAt == null) || pending != (executionMillis == null)) {
      throw new IllegalArgumentException(
          "appliedAt and executionMillis are null exactly when the state is PENDING, got "
              + state
              + " with appliedAt "
              + appliedAt
              + " and executionMillis "
              + executionMillis);
    }
  }

  /**
   * How Strata's messages, logs, command line and Maven goals name the migration: {@code V0002
   * "Replace active_users" of set main}.
   */
  public String label() {
    return Texts.label(set, version, description);
  }
}
