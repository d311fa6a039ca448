/**
 * The operations of {@link dev.strata.runtime.Strata} ({@link
 * dev.strata.runtime.internal.command.Migrator} is their entry point): each opens one session,
 * locked if it changes the database, and composes the packages below.
 */
package dev.strata.runtime.internal.command;
