package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.Jvm;
import dev.strata.runtime.testing.SlowViews;
import dev.strata.runtime.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code status()} and {@code validate()} while another process is half-way through a migration
 * ({@link SlowViews#HANGING}, held open after its first statement), then after that process was
 * killed: "in progress elsewhere" and "died half-way" are different states. Where DDL commits at
 * once, the unfinished row is RUNNING while its holder lives and FAILED, with {@code repair}
 * advice, once it is gone; on PostgreSQL nothing of the run is visible until it commits.
 */
abstract class LiveRunScenarios {

  private static final Duration HOLDER_GONE = Duration.ofSeconds(20);

  TestDatabase database;

  abstract TestDatabase createDatabase();

  /** The URL at which the holding process reaches the database. */
  String holderUrl() {
    return database.url();
  }

  /** The extra arguments of the holding process (the lease, on a cluster). */
  String[] holderArguments() {
    return new String[0];
  }

  Strata strata() {
    return Strata.configure(database.dataSource())
        .sources(SlowViews.HANGING)
        .lockTimeout(Duration.ofSeconds(30))
        .load();
  }

  @BeforeEach
  void openDatabase() {
    database = createDatabase().withUsersTable();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aRunInProgressElsewhereIsRunningUntilItsHolderDiesThenFailedWithRepairAdvice()
      throws Exception {
    Strata strata = strata();
    try (Jvm holder = Jvm.start(holderUrl(), "hang", holderArguments())) {
      holder.awaitLine("HANGING");

      StatusReport status = strata.status();
      if (database.kind() == DatabaseKind.POSTGRESQL) {
        // the run's row and statements are in its open transaction: nothing of it shows
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.PENDING), states(status));
        assertEquals(List.of(), status.running());
        assertTrue(strata.validate().valid());
        assertEquals(1, strata.validate().pending());
        holder.kill();
        return;
      }
      assertEquals(
          List.of(MigrationState.APPLIED, MigrationState.RUNNING),
          states(status),
          status::toString);
      assertEquals(List.of(), status.needingAttention());
      assertEquals(List.of(), status.failed());
      ActiveRun run = status.running().get(0);
      assertEquals(2, run.version());
      assertFalse(run.downgrade());
      assertFalse(run.heldBy().isBlank());
      assertNotNull(run.since());
      assertTrue(status.toString().contains("being applied by " + run.heldBy()), status::toString);

      ValidationReport validation = strata.validate();
      assertTrue(validation.valid(), validation::toString);
      assertEquals(List.of(run), validation.running());
      assertTrue(validation.toString().contains("In progress: V0002"), validation::toString);

      holder.kill();
    }
    if (database.kind() == DatabaseKind.POSTGRESQL) {
      assertEquals(
          List.of(MigrationState.APPLIED, MigrationState.PENDING), states(strata.status()));
      return;
    }
    // the server ends the killed process's session (or its lease lapses) a moment later
    StatusReport after = eventually(() -> strata.status(), s -> !s.failed().isEmpty());
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.FAILED), states(after));
    assertEquals(List.of(), after.running());
    ValidationException invalid = assertThrows(ValidationException.class, strata::validate);
    assertEquals(ValidationProblem.Kind.FAILED, invalid.report().problems().get(0).kind());
    assertTrue(invalid.getMessage().contains("did not finish"), invalid::getMessage);
    assertTrue(invalid.getMessage().contains("repair()"), invalid::getMessage);

    assertEquals(MigrationState.APPLIED, strata.repair().get(0).state());
    assertEquals(List.of("main:1", "main:2"), database.history());
  }

  private static List<MigrationState> states(StatusReport status) {
    return status.migrations().stream().map(MigrationInfo::state).toList();
  }

  private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + HOLDER_GONE.toNanos();
    T value = read.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      value = read.get();
    }
    return value;
  }
}
