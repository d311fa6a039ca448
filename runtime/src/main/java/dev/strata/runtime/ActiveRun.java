package dev.strata.runtime;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A migration that another session is applying or reverting right now: its history row says the run
 * did not finish, and the session that holds the migration lock is alive. Nothing to repair;
 * upgrades wait for it.
 *
 * <pre>{@code
 * for (ActiveRun run : strata.status().running()) {
 *   log.info("V{} of set {} is running in {}", run.version(), run.set(), run.heldBy());
 * }
 * }</pre>
 *
 * @param set the migration set
 * @param version the version being applied or reverted
 * @param description the migration's description, as its history row records it
 * @param downgrade whether the run reverts the migration rather than applies it
 * @param heldBy who holds the migration lock, as the database names it: a connection id, a lease
 *     holder, a session
 * @param since when the run began, as its history row says; {@code null} for a downgrade, whose
 *     start the history table does not record
 */
public record ActiveRun(
    String set, int version, String description, boolean downgrade, String heldBy, Instant since) {

  public ActiveRun {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(heldBy, "heldBy");
  }

  /** One line for logs and consoles. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "V%04d \"%s\" of set %s: %s by %s%s; upgrades wait for it, nothing to repair.",
        version,
        description,
        set,
        downgrade ? "being reverted" : "being applied",
        heldBy,
        since == null ? "" : ", since " + since);
  }
}
