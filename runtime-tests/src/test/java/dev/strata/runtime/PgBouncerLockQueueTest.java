package dev.strata.runtime;

import dev.strata.runtime.testing.TestDatabase;
import dev.strata.testing.PgBouncer;
import dev.strata.testing.PooledDatabase;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link LockQueueScenarios} through PgBouncer in transaction mode: the bound on a lock wait is set
 * per transaction, whichever server connection runs it, and the tries, the pauses and the read of
 * who holds locks each run on whatever connection the pool hands out. The readers and the
 * application reach PostgreSQL directly: the pool is the migration's.
 */
class PgBouncerLockQueueTest extends LockQueueScenarios {

  // closed with the database it reaches through PgBouncer (LockQueueScenarios closes that)
  private PooledDatabase pool;

  @Override
  TestDatabase createDatabase() {
    pool = PgBouncer.open();
    return TestDatabase.postgres(pool.pooled()).withUsersTable();
  }

  @Override
  DataSource application() {
    return pool.direct();
  }

  @Override
  String sessionIdQuery() {
    return "SELECT pg_backend_pid()";
  }

  @Override
  List<String> namingIdleSession(long id) {
    return List.of("pid " + id + " (user ", "idle in transaction");
  }
}
