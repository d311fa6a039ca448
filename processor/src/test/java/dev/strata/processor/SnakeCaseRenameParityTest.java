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
 * naming, where the code's names are the database's, nothing changes; nor where the column is an
 * embeddable's, in a secondary table or in a subclass's table.
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

  /**
   * The same where the column is an embeddable's ({@code postalCode}), in a secondary table ({@code
   * favouriteColour}) or in a JOINED subclass's table, the subclass renamed too ({@code
   * StaffMember}, {@code badgeCode}); an element collection renamed ({@code nickNames}) kept its
   * rows before too. Before, under Spring Boot's naming, the four others came back empty.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void renamesInEmbeddablesSecondaryTablesAndSubclassesKeepTheRows(
      DatabaseKind kind, boolean spring) throws Exception {
    List<String> embeddable = List.of("PostalAddress");
    ParityModel model =
        new ParityModel(
            "oracle/snakecaserename",
            "org.example.snakecaserename",
            embeddable,
            List.of("Person", "StaffMember"),
            spring);
    ParityModel renamed =
        new ParityModel(
            "oracle/snakecaserename",
            "org.example.snakecaserename",
            embeddable,
            List.of("Person", "Employee"),
            spring);
    String person = model.name("Person");
    try (URLClassLoader first = model.load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO "
              + person
              + " (id, "
              + model.name("fullName")
              + ", "
              + model.name("postalCode")
              + ") VALUES (1, 'Ann', '0150')",
          "INSERT INTO "
              + model.name("StaffMember")
              + " (id, "
              + model.name("badgeCode")
              + ") VALUES (1, 'B7')",
          "INSERT INTO "
              + model.name("Person_nickNames")
              + " ("
              + model.name("Person_id")
              + ", "
              + model.name("nickNames")
              + ") VALUES (1, 'Annie')",
          "INSERT INTO person_details (id, "
              + model.name("favouriteColour")
              + ") VALUES (1, 'blue')");
      try (URLClassLoader second = renamed.load(2, snapshots, laterClasses)) {
        Strata.configure(database.dataSource()).classLoader(second).load().upgrade();
        renamed.assertHibernatesSchema(second, database);
        assertEquals(
            List.of("Ann,0150", "B7", "Annie", "blue"),
            List.of(
                database
                    .query(
                        "SELECT "
                            + model.name("displayName")
                            + ", "
                            + model.name("zipCode")
                            + " FROM "
                            + person)
                    .get(1),
                database
                    .query(
                        "SELECT " + model.name("badgeNumber") + " FROM " + model.name("Employee"))
                    .get(1),
                database
                    .query(
                        "SELECT "
                            + model.name("aliasNames")
                            + " FROM "
                            + model.name("Person_aliasNames"))
                    .get(1),
                database
                    .query("SELECT " + model.name("favoriteColor") + " FROM person_details")
                    .get(1)));
      }
    }
  }
}
