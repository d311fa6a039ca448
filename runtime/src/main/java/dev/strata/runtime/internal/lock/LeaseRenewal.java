package dev.strata.runtime.internal.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a held lease alive from a thread of its own, on the lease's own connection, every third of
 * the lease. If the lease cannot be renewed for two thirds of it, or another run took it over, it
 * cuts the migration's connection: a waiter takes the lease over only after a whole lease without
 * renewal, so the run that lost it stops before the next one starts.
 */
final class LeaseRenewal implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final LeaseTable table;
  private final Connection leaseConnection;
  private final String holder;
  private final Connection migration;
  private final long leaseNanos;
  private final ScheduledExecutorService timer;
  private volatile long renewedAt;
  private volatile boolean lost;

  private LeaseRenewal(
      LeaseTable table,
      Connection leaseConnection,
      String holder,
      Connection migration,
      Duration lease) {
    this.table = table;
    this.leaseConnection = leaseConnection;
    this.holder = holder;
    this.migration = migration;
    this.leaseNanos = lease.toNanos();
    this.renewedAt = System.nanoTime();
    this.timer =
        Executors.newScheduledThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "strata-lease-renewal");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts renewing the lease that {@code holder} has just claimed. */
  static LeaseRenewal start(
      LeaseTable table,
      Connection leaseConnection,
      String holder,
      Connection migration,
      Duration lease) {
    LeaseRenewal renewal = new LeaseRenewal(table, leaseConnection, holder, migration, lease);
    long every = Math.max(1, lease.toMillis() / 3);
    renewal.timer.scheduleWithFixedDelay(renewal::renew, every, every, TimeUnit.MILLISECONDS);
    // a renewal stuck in a dead connection must not keep the run going: checked apart from it
    renewal.timer.scheduleWithFixedDelay(
        renewal::checkDeadline, every / 2, Math.max(1, every / 2), TimeUnit.MILLISECONDS);
    return renewal;
  }

  private void renew() {
    try {
      if (table.renew(leaseConnection, holder)) {
        renewedAt = System.nanoTime();
      } else {
        fence("another run took the lease over");
      }
    } catch (SQLException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          () -> "Could not renew the migration lease in " + table.name() + ": " + e.getMessage());
    }
  }

  private void checkDeadline() {
    if (System.nanoTime() - renewedAt > leaseNanos / 3 * 2) {
      fence("it could not be renewed for two thirds of its " + leaseNanos / 1_000_000 + " ms");
    }
  }

  private synchronized void fence(String why) {
    if (lost) {
      return;
    }
    lost = true;
    LOG.log(
        System.Logger.Level.ERROR,
        () ->
            "Strata lost its migration lease in "
                + table.name()
                + ": "
                + why
                + ". It closed its migration connection, so that two runs never migrate at once;"
                + " the run that takes the lease over reports a migration this run left half-done"
                + " as interrupted, and repair() completes it.");
    timer.shutdown();
    try {
      migration.abort(Runnable::run);
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not close the migration connection", e);
    }
  }

  /** Stops renewing; the lease itself stays until released. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
