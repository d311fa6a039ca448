package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Under Spring Boot's naming, {@code @RenamedFrom} may name what the code called the table or
 * column, a class ({@code ShopClient}) or a field ({@code lastName}), which the naming made {@code
 * shop_client} and {@code last_name}: Strata renames them with their rows, as it does when it names
 * them as the database has them. Before, it found no {@code lastName} in the snapshot and dropped
 * {@code last_name} for an empty {@code family_name}: the migration failed on H2 and PostgreSQL (a
 * NOT NULL column added to rows), and on MariaDB, which fills such a column with {@code ''}, lost
 * the names with no more than the compiler's warning of a dropped column. Under Hibernate's own
 * naming, where the code's names are the database's, nothing changes.
 */
class SnakeCaseRenameParityTest {

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aRenameNamingWhatTheCodeCalledItKeepsTheRows(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel model =
        new ParityModel(
            "oracle/snakecaserename",
            "org.example.snakecaserename",
            List.of(),
            List.of("ShopClient"),
            spring);
    ParityModel renamed =
        new ParityModel(
            "oracle/snakecaserename",
            "org.example.snakecaserename",
            List.of(),
            List.of("Customer"),
            spring);
    String before = model.name("ShopClient");
    String after = model.name("Customer");
    try (URLClassLoader first = model.load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO "
              + before
              + " (id, "
              + model.name("lastName")
              + ", "
              + model.name("homeCity")
              + ") VALUES (1, 'Lee', 'Oslo')");
      try (URLClassLoader second = renamed.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        renamed.assertHibernatesSchema(second, database);
        assertEquals(
            List.of(
                (model.name("familyName") + "," + model.name("town")).toLowerCase(), "Lee,Oslo"),
            database.query(
                "SELECT "
                    + model.name("familyName")
                    + ", "
                    + model.name("town")
                    + " FROM "
                    + after));
        strata.downgrade(1);
        model.assertHibernatesSchema(first, database);
        assertEquals(
            List.of(
                (model.name("lastName") + "," + model.name("homeCity")).toLowerCase(), "Lee,Oslo"),
            database.query(
                "SELECT "
                    + model.name("lastName")
                    + ", "
                    + model.name("homeCity")
                    + " FROM "
                    + before));
      }
    }
  }
}
