package dev.strata.processor;

import static dev.strata.processor.ModelRows.firstRow;
import static dev.strata.processor.ModelRows.insert;
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

  private static final String FOLDER = "oracle/snakecaserename";

  private static final String PACKAGE = "org.example.snakecaserename";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aRenameNamingWhatTheCodeCalledItKeepsTheRows(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel model = new ParityModel(FOLDER, PACKAGE, List.of(), List.of("ShopClient"), spring);
    ParityModel renamed = new ParityModel(FOLDER, PACKAGE, List.of(), List.of("Customer"), spring);
    String row =
        insert(model, "ShopClient", "id", "lastName", "homeCity") + " VALUES (1, 'Lee', 'Oslo')";

    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = migrate(model, 1, classes, database)) {
      database.execute(row);
      try (URLClassLoader second = migrate(renamed, 2, laterClasses, database)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        renamed.assertHibernatesSchema(second, database);
        assertEquals("Lee,Oslo", firstRow(database, model, "Customer", "familyName", "town"));

        strata.downgrade(1);
        model.assertHibernatesSchema(first, database);
        assertEquals("Lee,Oslo", firstRow(database, model, "ShopClient", "lastName", "homeCity"));
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
        new ParityModel(FOLDER, PACKAGE, embeddable, List.of("Person", "StaffMember"), spring);
    ParityModel renamed =
        new ParityModel(FOLDER, PACKAGE, embeddable, List.of("Person", "Employee"), spring);
    String[] rows = {
      insert(model, "Person", "id", "fullName", "postalCode") + " VALUES (1, 'Ann', '0150')",
      insert(model, "StaffMember", "id", "badgeCode") + " VALUES (1, 'B7')",
      insert(model, "Person_nickNames", "Person_id", "nickNames") + " VALUES (1, 'Annie')",
      insert(model, "person_details", "id", "favouriteColour") + " VALUES (1, 'blue')"
    };

    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = migrate(model, 1, classes, database)) {
      database.execute(rows);
      try (URLClassLoader second = migrate(renamed, 2, laterClasses, database)) {
        renamed.assertHibernatesSchema(second, database);
        assertEquals(
            List.of("Ann,0150", "B7", "Annie", "blue"),
            List.of(
                firstRow(database, model, "Person", "displayName", "zipCode"),
                firstRow(database, model, "Employee", "badgeNumber"),
                firstRow(database, model, "Person_aliasNames", "aliasNames"),
                firstRow(database, model, "person_details", "favoriteColor")));
      }
    }
  }

  /** Compiles {@code model}'s version and upgrades {@code database} to it. */
  private URLClassLoader migrate(ParityModel model, int version, Path output, TestDatabase database)
      throws Exception {
    URLClassLoader loader = model.load(version, snapshots, output);
    Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
    return loader;
  }
}
