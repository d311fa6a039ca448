package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.ValidationException;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A hand-written step in the generated chain, on every database: version 2 adds a NOT NULL column
 * to a table that has rows, and its step fills it through JDBC between the column's addition and
 * its constraint. The downgrade reverts it, and the upgrade runs again.
 */
class StepScenarioTest {

  private static final List<String> V1 = List.of("Customer");
  private static final List<String> V2 = List.of("Customer", "BackfillDisplayName");

  @TempDir Path snapshots;
  @TempDir Path firstClasses;
  @TempDir Path secondClasses;
  @TempDir Path revisedClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aStepBackfillsANewNotNullColumnOfAFilledTableAndReverts(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = compile(1, V1, firstClasses)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO customers (name) VALUES ('Ada')",
          "INSERT INTO customers (name) VALUES ('Grace')");

      try (URLClassLoader second = compile(2, V2, secondClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        assertEquals(
            List.of("name,display_name", "Ada,ADA", "Grace,GRACE"),
            lowerCaseHeader(
                database.query("SELECT name, display_name FROM customers ORDER BY name")));
        assertEquals(Boolean.FALSE, nullable(database, "display_name"));

        strata.downgrade(1);
        assertEquals(null, nullable(database, "display_name"));
        assertEquals(
            List.of("name", "Ada", "Grace"),
            lowerCaseHeader(database.query("SELECT name FROM customers ORDER BY name")));

        strata.upgrade();
        assertEquals(
            List.of("display_name", "ADA", "GRACE"),
            lowerCaseHeader(
                database.query("SELECT display_name FROM customers ORDER BY display_name")));
        assertEquals(Boolean.FALSE, nullable(database, "display_name"));
      }
    }
  }

  @Test
  void aDowngradeThroughAStepWithoutDowngradeIsRefusedBeforeAnythingIsReverted() throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2);
        URLClassLoader first = compile(1, V1, firstClasses)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute("INSERT INTO customers (name) VALUES ('Ada')");
      CompiledHistory history =
          new CompiledHistory(snapshots, secondClasses, "-Astrata.tables=true");
      history.compileResources(
          2, "steps/v2/Customer.java", "steps/irreversible/BackfillDisplayName.java");
      try (URLClassLoader second = history.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();

        StrataException refused = assertThrows(StrataException.class, () -> strata.downgrade(1));

        assertTrue(
            refused
                .getMessage()
                .contains(
                    "cannot be reverted, because hand-written step"
                        + " com.example.crm.BackfillDisplayName has no downgrade. Nothing was"
                        + " reverted."),
            refused.getMessage());
        assertEquals(Boolean.FALSE, nullable(database, "display_name"));
        assertEquals(0, strata.status().pending().size(), "version 2 stays applied");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aStepWhoseConstructorThrowsIsNamedInTheFailureAndItsVersionIsNotRecorded(DatabaseKind kind)
      throws Exception {
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = compile(1, V1, firstClasses)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute("INSERT INTO customers (name) VALUES ('Ada')");
      CompiledHistory history =
          new CompiledHistory(snapshots, secondClasses, "-Astrata.tables=true");
      history.compileResources(
          2, "steps/v2/Customer.java", "steps/throwing-constructor/BackfillDisplayName.java");
      try (URLClassLoader second = history.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();

        StrataException failed = assertThrows(StrataException.class, strata::upgrade);

        assertTrue(
            failed
                .getMessage()
                .startsWith(
                    "Migration V0002 \"Alter table customers\" of set main failed during upgrade:"
                        + " hand-written step com.example.crm.BackfillDisplayName (upgrade) could"
                        + " not be created: its constructor threw java.lang.IllegalStateException:"
                        + " crm.reporting-role is not set.\n"),
            failed.getMessage());
        assertTrue(
            failed
                .getMessage()
                .endsWith(
                    "Fix the cause and start again: a step's code is not part of its version's"
                        + " checksum, so the migration runs again from its start with the step as"
                        + " it is then, in the same version."),
            failed.getMessage());
        assertEquals(1, strata.status().currentVersion("main"));
        assertEquals(null, nullable(database, "display_name"));
      }
    }
  }

  @Test
  void aStepWhoseConstructorDeclaresACheckedExceptionCompilesAndIsNamedWhenItThrows()
      throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2);
        URLClassLoader first = compile(1, V1, firstClasses)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      CompiledHistory history =
          new CompiledHistory(snapshots, secondClasses, "-Astrata.tables=true");
      history.compileResources(
          2, "steps/v2/Customer.java", "steps/checked-constructor/BackfillDisplayName.java");
      try (URLClassLoader second = history.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();

        StrataException failed = assertThrows(StrataException.class, strata::upgrade);

        assertTrue(
            failed
                .getMessage()
                .startsWith(
                    "Migration V0002 \"Alter table customers\" of set main failed during upgrade:"
                        + " hand-written step com.example.crm.BackfillDisplayName (upgrade) could"
                        + " not be created: its constructor threw"
                        + " java.io.FileNotFoundException: crm-roles.properties.\n"),
            failed.getMessage());
        assertEquals(1, strata.status().currentVersion("main"));
      }
    }
  }

  @Test
  void aStepWhoseClassIsMissingAtRunTimeIsNamedWithWhereTheClassGoes() throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2);
        URLClassLoader first = compile(1, V1, firstClasses)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      CompiledHistory history =
          new CompiledHistory(snapshots, secondClasses, "-Astrata.tables=true");
      history.compileResources(2, "steps/v2/Customer.java", "steps/v2/BackfillDisplayName.java");
      try (URLClassLoader second = history.load()) {
        // as a deployment whose class path lacks the step's jar
        Files.delete(secondClasses.resolve("com/example/crm/BackfillDisplayName.class"));
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();

        StrataException failed = assertThrows(StrataException.class, strata::upgrade);

        assertTrue(
            failed
                .getMessage()
                .startsWith(
                    "Migration V0002 \"Alter table customers\" of set main failed during upgrade:"
                        + " hand-written step com.example.crm.BackfillDisplayName (upgrade) could"
                        + " not be created: java.lang.NoClassDefFoundError:"
                        + " com/example/crm/BackfillDisplayName. A class it uses is missing at run"
                        + " time: put the jar that has it on the class path of the migration"),
            failed.getMessage());
        assertEquals(1, strata.status().currentVersion("main"));
      }
    }
  }

  @Test
  void aScriptOfAVersionWhoseStepsConstructorThrowsNamesTheStepWithoutCreatingIt()
      throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2);
        URLClassLoader first = compile(1, V1, firstClasses)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      CompiledHistory history =
          new CompiledHistory(snapshots, secondClasses, "-Astrata.tables=true");
      history.compileResources(
          2, "steps/v2/Customer.java", "steps/throwing-constructor/BackfillDisplayName.java");
      try (URLClassLoader second = history.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();

        String script = strata.upgradeSql();

        assertTrue(
            script.contains(
                "-- hand-written step com.example.crm.BackfillDisplayName: its upgrade runs here"),
            script);
      }
    }
  }

  @Test
  void aNewRevisionOfAnAppliedStepIsAChangedChecksum() throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2);
        URLClassLoader first = compile(1, V1, firstClasses)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      try (URLClassLoader second = compile(2, V2, secondClasses)) {
        Strata.configure(database.dataSource()).classLoader(second).load().upgrade();
      }
      CompiledHistory history =
          new CompiledHistory(snapshots, revisedClasses, "-Astrata.tables=true");
      history.compileResources(
          2, "steps/v2/Customer.java", "steps/revised/BackfillDisplayName.java");
      try (URLClassLoader revised = history.load()) {
        ValidationException changed =
            assertThrows(
                ValidationException.class,
                () ->
                    Strata.configure(database.dataSource()).classLoader(revised).load().validate());

        assertTrue(
            changed
                .getMessage()
                .startsWith(
                    "Migration V0002 \"Alter table customers\" of set main"
                        + " was applied with checksum "),
            changed.getMessage());
        assertTrue(
            changed.getMessage().contains("a raised revision of one of them is such a change"),
            changed.getMessage());
      }
    }
  }

  /** Whether the column of customers is nullable, or null when there is no such column. */
  private static Boolean nullable(TestDatabase database, String column) throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String table : List.of("customers", "CUSTOMERS")) {
        try (ResultSet columns =
            metadata.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
          while (columns.next()) {
            if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
              return columns.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
            }
          }
        }
      }
    }
    return null;
  }

  private static List<String> lowerCaseHeader(List<String> rows) {
    List<String> result = new java.util.ArrayList<>(rows);
    result.set(0, rows.get(0).toLowerCase(Locale.ROOT));
    return result;
  }

  private URLClassLoader compile(int version, List<String> classes, Path folder) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, folder, "-Astrata.tables=true");
    history.compileVersion("steps", version, classes);
    return history.load();
  }
}
