package dev.strata.runtime.internal.lock;

import java.time.Duration;
import javax.sql.DataSource;

/**
 * What {@link Locks} needs to lock a migration run.
 *
 * @param dataSource where a lock that needs a connection of its own gets one (H2)
 * @param historyTable the history table, which names the lock: runs on other tables do not wait
 * @param timeout how long to wait for another run to finish
 * @param database how messages name the database, such as its URL without parameters
 * @param lease on a multi-writer cluster, how long the lock outlives a holder that stopped renewing
 *     it
 */
public record LockRequest(
    DataSource dataSource,
    String historyTable,
    Duration timeout,
    String database,
    Duration lease) {}
