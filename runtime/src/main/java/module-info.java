/**
 * Strata's runtime: applies the migrations that Strata's annotation processor generated, at
 * application startup, with the JDK alone.
 *
 * <pre>{@code
 * Strata.configure(dataSource).load().upgrade();
 * }</pre>
 */
module dev.strata.runtime {
  requires transitive java.sql;

  exports dev.strata.runtime;

  uses dev.strata.runtime.MigrationSource;
}
