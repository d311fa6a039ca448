package dev.strata.samples.hibernate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Hibernate sample on every database: Strata creates every table and view from the four
 * recorded versions, then Hibernate starts with {@code hbm2ddl.auto=validate}, which fails if any
 * table, view or column differs from the entities, and serves the view entities.
 */
class HibernateApplicationTest {

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void tablesStrataCreatesPassHibernatesSchemaValidationAndServeTheViews(DatabaseKind kind) {
    try (TestDatabase database = TestDatabases.open(kind)) {
      String output = run(database.dataSource());

      assertTrue(output.startsWith("Applied 4 migrations.\n"), output);
      assertTrue(output.contains("  Ada (London) spent 248.90\n"), output);
      assertTrue(output.contains("  Monitor: 2 orders, 388.00\n"), output);
      assertTrue(output.contains("  Ada <ada@example.com> spent 248.90\n"), output);
    }
  }

  @Test
  void aSecondStartAppliesNothingAndKeepsTheData() {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2)) {
      run(database.dataSource());

      String output = run(database.dataSource());

      assertTrue(output.startsWith("Customer spending"), output);
      assertTrue(output.contains("  Grace (Arlington) spent 198.99\n"), output);
    }
  }

  private static String run(DataSource dataSource) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HibernateApplication.run(dataSource, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
