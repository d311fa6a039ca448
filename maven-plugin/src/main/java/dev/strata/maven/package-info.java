/**
 * The Maven plugin ({@code strata-maven-plugin}, prefix {@code strata}): {@code strata:snapshots}
 * keeps the generated migrations in step with the snapshot folder, the database goals run the
 * runtime's API against the project's compiled migrations, {@code strata:check} runs the processor
 * in check mode.
 */
package dev.strata.maven;
