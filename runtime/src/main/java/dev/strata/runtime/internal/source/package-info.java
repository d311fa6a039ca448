/**
 * What the code provides: the {@link dev.strata.runtime.MigrationSource}s found through {@code
 * ServiceLoader}, validated into migration sets, and the migration classes loaded only when they
 * must run.
 */
package dev.strata.runtime.internal.source;
