package dev.strata.runtime.internal.lock;

import dev.strata.runtime.internal.lock.LeaseTable.Lease;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongSupplier;

/**
 * One waiter's attempts to claim a lease: it takes a free lease at once, and a held one only after
 * seeing its beat unchanged for the holder's whole lease, measured on this process's monotonic
 * clock, so that the clocks of other hosts and nodes never matter.
 */
final class LeaseClaim {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final LeaseTable table;
  private final Connection connection;
  private final String holder;
  private final long leaseMillis;
  private final LongSupplier nanoClock;
  private long seenBeat = -1;
  private long seenAt;

  LeaseClaim(
      LeaseTable table,
      Connection connection,
      String holder,
      long leaseMillis,
      LongSupplier nanoClock) {
    this.table = table;
    this.connection = connection;
    this.holder = holder;
    this.leaseMillis = leaseMillis;
    this.nanoClock = nanoClock;
  }

  /** One attempt, for {@link LockWait}: whether this run holds the lease now. */
  boolean attempt() throws SQLException {
    Lease lease = table.read(connection);
    if (lease == null) {
      return table.insert(connection, holder, leaseMillis);
    }
    if (lease.holder() == null) {
      return table.claim(connection, lease.beat(), holder, leaseMillis);
    }
    long now = nanoClock.getAsLong();
    if (lease.beat() != seenBeat) {
      // the holder renewed (or another run claimed it): its lease starts again from now
      seenBeat = lease.beat();
      seenAt = now;
      return false;
    }
    long silentMillis = (now - seenAt) / 1_000_000;
    if (silentMillis < lease.leaseMillis()) {
      return false;
    }
    boolean taken = table.claim(connection, lease.beat(), holder, leaseMillis);
    if (taken) {
      LOG.log(
          System.Logger.Level.WARNING,
          () ->
              "Took over the migration lease in "
                  + table.name()
                  + " from "
                  + lease.holder()
                  + ", which had not renewed it for "
                  + silentMillis
                  + " ms (its lease is "
                  + lease.leaseMillis()
                  + " ms): that run died, and a migration it left half-done is reported as"
                  + " interrupted.");
    }
    return taken;
  }
}
