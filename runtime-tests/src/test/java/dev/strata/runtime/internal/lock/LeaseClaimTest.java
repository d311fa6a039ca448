package dev.strata.runtime.internal.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a waiter takes a lease: at once when nobody holds it, never while its holder renews it, and
 * only after a whole lease without renewal, on the waiter's own clock. The SQL runs on H2; the
 * Galera test runs it where the cluster arbitrates.
 */
class LeaseClaimTest {

  private static final long LEASE = 3_000;

  private final TestDatabase database = TestDatabase.create();
  private final AtomicLong nanos = new AtomicLong();
  private final LeaseTable table = new LeaseTable(Dialects.of(DatabaseKind.H2), "history_lease");
  private Connection holderConnection;
  private Connection waiterConnection;

  @BeforeEach
  void createTable() throws Exception {
    holderConnection = database.dataSource().getConnection();
    waiterConnection = database.dataSource().getConnection();
    table.createIfAbsent(holderConnection);
  }

  @AfterEach
  void close() throws Exception {
    holderConnection.close();
    waiterConnection.close();
    database.close();
  }

  @Test
  void aFreeLeaseIsTakenAtOnceAndAReleasedOneToo() throws Exception {
    assertTrue(claim("holder", holderConnection).attempt());
    table.release(holderConnection, "holder");

    assertTrue(claim("waiter", waiterConnection).attempt());
    assertEquals("waiter", table.read(waiterConnection).holder());
  }

  @Test
  void aRenewedLeaseIsNeverTakenOver() throws Exception {
    assertTrue(claim("holder", holderConnection).attempt());
    LeaseClaim waiter = claim("waiter", waiterConnection);

    for (int i = 0; i < 10; i++) {
      assertFalse(waiter.attempt());
      nanos.addAndGet(LEASE / 2 * 1_000_000);
      assertTrue(table.renew(holderConnection, "holder"));
    }
    assertEquals("holder", table.read(waiterConnection).holder());
  }

  @Test
  void aLeaseNotRenewedForAWholeLeaseIsTakenOverAndItsHolderCannotRenewIt() throws Exception {
    assertTrue(claim("holder", holderConnection).attempt());
    LeaseClaim waiter = claim("waiter", waiterConnection);

    assertFalse(waiter.attempt());
    nanos.addAndGet((LEASE - 1) * 1_000_000);
    assertFalse(waiter.attempt());
    nanos.addAndGet(1_000_000);
    assertTrue(waiter.attempt());

    assertFalse(table.renew(holderConnection, "holder"));
    assertEquals("waiter", table.read(holderConnection).holder());
  }

  private LeaseClaim claim(String holder, Connection connection) {
    return new LeaseClaim(table, connection, holder, LEASE, nanos::get);
  }
}
