/**
 * The session lock that makes concurrent runs wait for each other: one per database, named after
 * the history table, polled until a bounded timeout; on a multi-writer cluster (Galera), where a
 * session lock binds one node, a lease row that the cluster certifies and its holder renews.
 */
package dev.strata.runtime.internal.lock;
