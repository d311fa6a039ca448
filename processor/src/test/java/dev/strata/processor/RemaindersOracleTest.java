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
 * A remainder of a decimal by an integer, which H2 types as the integer and rounds, where
 * PostgreSQL, MySQL and MariaDB give the decimal remainder: an error on the query of a module that
 * runs on either, whose view is created there and returns other values than H2 checked.
 */
class RemaindersOracleTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device("java.math.BigDecimal price", "Integer warranty", "Double rating");

  private static final String[] TABLE = {
    "CREATE TABLE devices (id INT, price DECIMAL(8, 2), warranty INT)",
    "INSERT INTO devices VALUES (1, 10.25, 3)",
    "CREATE VIEW v AS SELECT id, price % 3 AS a, MOD(price, warranty) AS b, price % 1 AS c,"
        + " price % 3.0 AS d, warranty % 2 AS e, ROUND(price) % 3 AS f FROM devices"
  };

  @TempDir Path snapshots;

  @Test
  void theServersGiveTheDecimalRemainderWhereH2RoundsItToTheDivisorsType() throws SQLException {
    List<String> remainders = List.of("id,a,b,c,d,e,f", "1,1.25,1.25,0.25,1.25,1,1");
    for (DatabaseKind kind : List.of(DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB)) {
      try (TestDatabase server = TestDatabases.open(kind)) {
        server.execute(TABLE);
        assertEquals(remainders, server.query("SELECT * FROM v"), kind.name());
      }
    }
    for (String mode : List.of("PostgreSQL", "MariaDB")) {
      try (TestDatabase h2 = TestDatabases.openH2InMode(mode)) {
        h2.execute(TABLE);
        assertEquals(
            List.of("id,a,b,c,d,e,f", "1,1,1,0,1.25,1,1"), h2.query("SELECT * FROM v"), mode);
      }
    }
  }

  @Test
  void aDecimalsRemainderByAnIntegerIsAnErrorForPostgresqlAndMariaDb() {
    JavaFileObject view = DeviceModelView.of("SELECT id, price % 3 AS r FROM devices");

    for (String target : List.of("postgresql", "mariadb")) {
      Compilation compilation = compile(view, "-Astrata.targets=h2," + target);
      assertThat(compilation)
          .hadErrorContaining(
              "price % 3, the remainder of a decimal by an integer, which H2 types as the integer"
                  + " and rounds")
          .inFile(view)
          .onLineContaining("sql = \"SELECT id, price % 3");
      assertThat(compilation).hadErrorContaining("divide by a decimal, price % 3.0");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Test
  void modOfAColumnAndADoublesRemainderOnMariaDbAreErrorsToo() {
    assertThat(
            compile(
                DeviceModelView.of("SELECT id FROM devices WHERE MOD(price, warranty) > 0"),
                "-Astrata.targets=postgresql"))
        .hadErrorContaining(
            "MOD(price, warranty), the remainder of a decimal by an integer, which H2 types as the"
                + " integer and rounds");
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, MOD(price + 1, 2) AS r FROM devices"),
                "-Astrata.targets=postgresql"))
        .hadErrorContaining("divide by a decimal, MOD(price + 1, 2.0)");
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, rating % 2 AS r FROM devices"),
                "-Astrata.targets=mariadb"))
        .hadErrorContaining("rating % 2, the remainder of a double by an integer");
  }

  @Test
  void remaindersOfIntegersOfWholeDecimalsAndByDecimalsAreLeftAlone() {
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, warranty % 2 AS a, price % 3.0 AS b, 7 % price AS c,"
                        + " MOD(warranty, 2) AS d, ROUND(price) % 3 AS e,"
                        + " CAST(price AS DECIMAL(10, 0)) % 2 AS f FROM devices"),
                "-Astrata.targets=h2,postgresql,mariadb"))
        .succeeded();
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, price % 3 AS r FROM devices"),
                "-Astrata.targets=h2"))
        .succeeded();
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
