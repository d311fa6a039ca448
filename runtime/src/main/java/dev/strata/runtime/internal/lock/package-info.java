/**
 * The locks that make concurrent runs wait for each other, named after the history table and polled
 * until a bounded timeout: on PostgreSQL a lock per transaction (it holds through PgBouncer), on
 * MySQL/MariaDB and H2 a lock for the session; on a multi-writer cluster (Galera), where a session
 * lock binds one node, a lease row that the cluster certifies and its holder renews.
 */
package dev.strata.runtime.internal.lock;
