package dev.strata.testing;

import javax.sql.DataSource;

/**
 * One test's PostgreSQL database, reached both through PgBouncer ({@link #pooled()}, what the code
 * under test uses) and directly ({@link #direct()}, for checks PgBouncer would blur, such as which
 * locks the server holds); {@link #close()} drops it.
 */
public final class PooledDatabase implements AutoCloseable {

  private final TestDatabase pooled;
  private final DataSource direct;

  PooledDatabase(TestDatabase pooled, DataSource direct) {
    this.pooled = pooled;
    this.direct = direct;
  }

  public TestDatabase pooled() {
    return pooled;
  }

  public DataSource direct() {
    return direct;
  }

  @Override
  public void close() {
    pooled.close();
  }
}
