package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sort key that leaves the place of its NULLs to the database, where the rows depend on the
 * order: PostgreSQL sorts NULLs as the largest values, MariaDB and H2 outside PostgreSQL's mode as
 * the smallest. An error on the query of a module that runs on a database that places them
 * otherwise than the mode of H2 that checked it, when the tables can hold a NULL there.
 */
class SortedNullsOracleTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device(
          "Double rating",
          "@jakarta.persistence.Column(nullable = false) String code",
          "@jakarta.validation.constraints.Min(1) Integer warranty");

  private static final String[] TABLE = {
    "CREATE TABLE devices (id INT, rating DOUBLE PRECISION)",
    "INSERT INTO devices VALUES (1, 4.5), (2, NULL)",
    "CREATE VIEW ranked AS SELECT id, ROW_NUMBER() OVER (ORDER BY rating DESC) AS r,"
        + " ROW_NUMBER() OVER (ORDER BY rating IS NULL, rating DESC) AS s FROM devices",
    "CREATE VIEW lowest AS SELECT id FROM devices ORDER BY rating LIMIT 1"
  };

  @TempDir Path snapshots;

  @Test
  void postgresqlSortsNullsAsTheLargestValuesAndMariaDbAndH2AsTheSmallest() throws SQLException {
    List<String> nullsLargest = List.of("id,r,s", "1,2,1", "2,1,2");
    List<String> nullsSmallest = List.of("id,r,s", "1,1,1", "2,2,2");
    try (TestDatabase postgresql = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgresql.execute(TABLE);
      assertEquals(nullsLargest, postgresql.query("SELECT * FROM ranked ORDER BY id"));
      assertEquals(List.of("id", "1"), postgresql.query("SELECT * FROM lowest"));
    }
    for (TestDatabase smallest :
        List.of(TestDatabases.open(DatabaseKind.MARIADB), TestDatabases.open(DatabaseKind.H2))) {
      try (TestDatabase database = smallest) {
        database.execute(TABLE);
        assertEquals(nullsSmallest, database.query("SELECT * FROM ranked ORDER BY id"));
        assertEquals(List.of("id", "2"), database.query("SELECT * FROM lowest"));
      }
    }
  }

  @Test
  void aRankingByANullableColumnIsAnErrorForPostgresqlCheckedOutsideItsMode() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, ROW_NUMBER() OVER (ORDER BY rating DESC) AS r FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=h2,postgresql");
    assertThat(compilation)
        .hadErrorContaining(
            "ORDER BY rating DESC, a sort key that leaves the place of its NULLs to the database:"
                + " PostgreSQL sorts NULLs as the largest values, where H2 in the mode that checked"
                + " the query sorts them as the smallest (the rows differ when `devices` holds two"
                + " rows, one of them with `devices.rating` NULL)")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, ROW_NUMBER()");
    assertThat(compilation)
        .hadErrorContaining(
            "rating IS NULL, rating DESC for NULLs last (or rating IS NULL DESC, rating DESC for"
                + " first)");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compile(view, "-Astrata.targets=h2,mariadb")).succeeded();
  }

  @Test
  void aModeOfH2ThatPlacesNullsAsTheServerDoesIsNoError() {
    JavaFileObject view = DeviceModelView.of("SELECT id FROM devices ORDER BY rating LIMIT 1");
    assertThat(
            new StrataCompiler(snapshots)
                .withOption("-Astrata.dialect=postgresql")
                .withOption("-Astrata.targets=postgresql")
                .compile(List.of(DEVICE, view)))
        .succeeded();
    assertThat(
            new StrataCompiler(snapshots)
                .withOption("-Astrata.dialect=postgresql")
                .withOption("-Astrata.targets=postgresql,mariadb")
                .compile(List.of(DEVICE, view)))
        .hadErrorContaining(
            "ORDER BY rating, a sort key that leaves the place of its NULLs to the database:"
                + " MySQL and MariaDB sort NULLs as the smallest values");
  }

  @Test
  void theKeyNamedIsTheOneWhoseNullsMoveTheRows() {
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS a,"
                        + " ROW_NUMBER() OVER (ORDER BY rating) AS b FROM devices"),
                "-Astrata.targets=h2,postgresql"))
        .hadErrorContaining("has ORDER BY rating, a sort key that leaves the place of its NULLs");
  }

  @Test
  void aKeyThatTheDatabaseNeverMakesNullIsLeftAlone() {
    // H2 outside PostgreSQL's mode makes GREATEST of a NULL NULL, PostgreSQL 0, below every
    // warranty
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id FROM devices ORDER BY GREATEST(warranty, 0), id LIMIT 1"),
                "-Astrata.targets=h2,postgresql"))
        .succeeded();
  }

  @Test
  void anOrderThatPicksNoOtherRowsAndKeysThatSayWhereNullsGoAreLeftAlone() {
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, rating, ROW_NUMBER() OVER (ORDER BY code) AS a,"
                        + " ROW_NUMBER() OVER (ORDER BY rating IS NULL, rating DESC) AS b"
                        + " FROM devices ORDER BY rating"),
                "-Astrata.targets=h2,postgresql,mariadb"))
        .succeeded();
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
