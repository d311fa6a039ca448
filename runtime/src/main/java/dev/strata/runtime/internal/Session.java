package dev.strata.runtime.internal;

import java.sql.Connection;

/**
 * One migration run's connection, with the dialect and history table that go with it; every
 * migration of a run uses this one connection, so that a session lock covers them all.
 *
 * @param installedBy the database user, recorded with each applied migration
 */
record Session(Connection connection, Dialect dialect, HistoryTable history, String installedBy) {}
