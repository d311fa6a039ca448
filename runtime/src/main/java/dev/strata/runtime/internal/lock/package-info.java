/**
 * The session lock that makes concurrent runs wait for each other: one per database, named after
 * the history table, polled until a bounded timeout.
 */
package dev.strata.runtime.internal.lock;
