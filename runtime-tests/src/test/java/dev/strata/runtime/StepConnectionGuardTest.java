package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The connection a hand-written step is given stays guarded along every way JDBC leads back to a
 * connection: a statement's, its result set's statement, the metadata's, and what they unwrap to.
 * Otherwise a step commits or closes the migration's connection behind Strata's back.
 */
class StepConnectionGuardTest {

  /** A way from the step's connection back to a connection. */
  enum Path {
    STATEMENT {
      @Override
      Connection from(Connection guarded) throws SQLException {
        return guarded.createStatement().getConnection();
      }
    },
    PREPARED_STATEMENT {
      @Override
      Connection from(Connection guarded) throws SQLException {
        return guarded.prepareStatement("SELECT id FROM customers").getConnection();
      }
    },
    RESULT_SET_STATEMENT {
      @Override
      Connection from(Connection guarded) throws SQLException {
        PreparedStatement query = guarded.prepareStatement("SELECT id FROM customers");
        return query.executeQuery().getStatement().getConnection();
      }
    },
    CURRENT_RESULT_SET_STATEMENT {
      @Override
      Connection from(Connection guarded) throws SQLException {
        Statement query = guarded.createStatement();
        query.execute("SELECT id FROM customers");
        return query.getResultSet().getStatement().getConnection();
      }
    },
    METADATA {
      @Override
      Connection from(Connection guarded) throws SQLException {
        return guarded.getMetaData().getConnection();
      }
    },
    UNWRAPPED_STATEMENT {
      @Override
      Connection from(Connection guarded) throws SQLException {
        return guarded.createStatement().unwrap(Statement.class).getConnection();
      }
    };

    abstract Connection from(Connection guarded) throws SQLException;
  }

  static Stream<Arguments> pathsOnEachDatabase() {
    List<Arguments> cases = new ArrayList<>();
    for (DatabaseKind kind :
        List.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL)) {
      for (Path path : Path.values()) {
        cases.add(Arguments.of(kind, path));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("pathsOnEachDatabase")
  void everyWayBackToTheConnectionLeadsToTheGuardedOne(DatabaseKind kind, Path path) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      List<String> seen = new ArrayList<>();
      JavaStep escaping =
          step -> {
            try (Statement insert = step.connection().createStatement()) {
              insert.executeUpdate("INSERT INTO customers VALUES (1, 'ada')");
            }
            Connection reached = path.from(step.connection());
            seen.add(reached == step.connection() ? "guarded" : "another connection");
            reached.commit();
          };

      StrataException failed =
          assertThrows(StrataException.class, strata(database, escaping)::upgrade);

      assertEquals(List.of("guarded"), seen);
      assertTrue(
          failed
              .getMessage()
              .contains(" called Connection.commit(): a step runs in its migration's"),
          failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("pathsOnEachDatabase")
  void aStepCannotCloseTheMigrationsConnectionThroughAnyWayBack(DatabaseKind kind, Path path) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      JavaStep closing = step -> path.from(step.connection()).close();

      StrataException failed =
          assertThrows(StrataException.class, strata(database, closing)::upgrade);

      assertTrue(
          failed
              .getMessage()
              .contains(" called Connection.close(): a step runs in its migration's"),
          failed.getMessage());
      assertEquals(List.of("main:1"), database.history());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aStatementAndItsResultSetStillWorkAndKnowEachOther(DatabaseKind kind) {
    try (TestDatabase database = TestDatabase.create(kind)) {
      List<String> seen = new ArrayList<>();
      JavaStep reading =
          step -> {
            step.operations().execute("INSERT INTO customers VALUES (1, 'ada')");
            try (PreparedStatement query =
                step.connection().prepareStatement("SELECT name FROM customers WHERE id = ?")) {
              query.setInt(1, 1);
              try (ResultSet rows = query.executeQuery()) {
                seen.add(rows.getStatement() == query ? "its statement" : "another statement");
                seen.add(query.equals(query) ? "equal to itself" : "not equal to itself");
                rows.next();
                seen.add(rows.getString(1));
              }
            }
          };

      strata(database, reading).upgrade();

      assertEquals(List.of("its statement", "equal to itself", "ada"), seen);
      assertEquals(List.of("main:1", "main:2"), database.history());
    }
  }

  static Stream<DatabaseKind> databases() {
    return Stream.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL);
  }

  private static Strata strata(TestDatabase database, JavaStep step) {
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create customers",
            ops -> ops.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))"),
            ops -> ops.execute("DROP TABLE customers"));
    FakeMigration run = FakeMigration.of(2, "Run step", ops -> ops.runStep(step), ops -> {});
    return Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(create, run)))
        .load();
  }
}
