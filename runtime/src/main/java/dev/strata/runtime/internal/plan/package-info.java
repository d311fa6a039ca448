/**
 * Where the database stands against the code: the status of every migration, the problems a history
 * has, and what an upgrade or a downgrade must run; reads rows, changes nothing.
 */
package dev.strata.runtime.internal.plan;
