/**
 * Runs one migration: executes its statements on the run's session, records its progress in the
 * history, and, when it fails, brings the database back and reports what happened.
 */
package dev.strata.runtime.internal.execution;
