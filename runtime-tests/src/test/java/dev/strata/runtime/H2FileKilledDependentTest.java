package dev.strata.runtime;

import dev.strata.testing.DataSources;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undeclared dependents of a killed run on an H2 file database, which the killed process opens
 * alone, as an application embedding it does.
 */
class H2FileKilledDependentTest extends KilledDependentScenarios {

  @TempDir Path directory;

  @Override
  String url() {
    return "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath();
  }

  @Override
  DataSource dataSource() {
    return DataSources.of(url(), "sa", "");
  }

  @Override
  void release() throws SQLException {
    execute("SHUTDOWN");
  }
}
