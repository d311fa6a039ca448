package dev.strata.benchmarks.tool;

import javax.sql.DataSource;

/** One way of bringing a database up to date with a scenario's views. */
public interface MigrationTool {

  /** Applies what is pending: everything on an empty database, nothing on an up-to-date one. */
  void migrate(DataSource dataSource) throws Exception;
}
