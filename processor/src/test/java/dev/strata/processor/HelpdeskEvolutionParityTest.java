package dev.strata.processor;

import static dev.strata.processor.ModelRows.firstRow;
import static dev.strata.processor.ModelRows.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A help desk in mappings the shop ({@link SpringShopEvolutionParityTest}) and the blog ({@link
 * BlogEvolutionParityTest}) leave out: a {@code JOINED} hierarchy of people with a discriminator,
 * whose employees have a {@code @SecondaryTable}, an {@code @IdClass} key referred to by two join
 * columns, a link entity of a many-to-many with columns of its own, keyed by an {@code @EmbeddedId}
 * that two {@code @MapsId} to-ones fill, an ordered element collection of an embeddable, versions,
 * a formula, a table's unique constraint and index, enums by name and by ordinal, a large object
 * and a {@code text} column. Version 2 adds a subclass below a subclass, renames a subclass, a
 * subclass's column, a secondary table's column and a {@code @MapsId} to-one, adds NOT NULL columns
 * with defaults to a subclass's and a secondary table's filled tables, adds a unique constraint,
 * widens a key column that two join columns refer to and drops the element collection. Hibernate
 * 7.2's export is the oracle at each version, with the rows kept up and down, on each database
 * under each naming.
 */
class HelpdeskEvolutionParityTest {

  private static final String FOLDER = "oracle/helpdeskevolution";

  private static final String PACKAGE = "org.example.helpdeskevolution";

  private static final List<String> KEYS_AND_ENUMS =
      List.of("PersonStatus", "Grade", "Priority", "DepartmentKey", "AssignmentId");

  private static final List<String> SUPPORT = append(KEYS_AND_ENUMS, "Skill");

  private static final List<String> ENTITIES =
      List.of("Person", "Employee", "Contractor", "Department", "Ticket", "Assignment");

  private static final List<String> LATER_ENTITIES =
      List.of("Person", "Employee", "Consultant", "Manager", "Department", "Ticket", "Assignment");

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aHelpdeskEvolvesWithItsRows(DatabaseKind kind, boolean spring) throws Exception {
    ParityModel desk = new ParityModel(FOLDER, PACKAGE, SUPPORT, ENTITIES, spring);
    ParityModel grown = new ParityModel(FOLDER, PACKAGE, KEYS_AND_ENUMS, LATER_ENTITIES, spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = desk.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      desk.assertHibernatesSchema(first, database);
      database.execute(rows(desk));
      try (URLClassLoader second = grown.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        grown.assertHibernatesSchema(second, database);
        assertKeptRows(database, grown);
        // the renamed entity's rows carry its new discriminator value, as Hibernate reads them
        assertEquals("Consultant", loadedClass(grown, second, database, 2));
        assertWidenedKeyTakesAManager(database, grown);

        strata.downgrade(1);
        desk.assertHibernatesSchema(first, database);
        assertEquals("Contractor", loadedClass(desk, first, database, 2));
        assertEquals(
            List.of("B-7,1", "Temps,2027-01-31"),
            List.of(
                firstRow(database, desk, "Employee", "badge", "grade"),
                firstRow(database, desk, "Contractor", "agency", "contractEnd")));
      }
    }
  }

  private static List<String> append(List<String> names, String name) {
    List<String> all = new ArrayList<>(names);
    all.add(name);
    return List.copyOf(all);
  }

  /** The simple name of the class Hibernate loads for the person of key {@code id}. */
  private static String loadedClass(
      ParityModel model, ClassLoader loader, TestDatabase database, long id) throws Exception {
    return new HibernateOracle(model.entities(loader), loader, model.spring())
        .loadedClass(database.dataSource(), loader.loadClass(PACKAGE + ".Person"), id)
        .getSimpleName();
  }

  private static void assertKeptRows(TestDatabase database, ParityModel grown) throws Exception {
    assertEquals(
        List.of(
            "B-7,1,40,acme,SUP",
            "1234.50,DE89,EUR",
            "Temps,2027-01-31",
            "Printer,fixed,URGENT,2",
            "owner,1"),
        List.of(
            firstRow(
                database,
                grown,
                "Employee",
                "badgeNumber",
                "grade",
                "weeklyHours",
                "dept_company",
                "dept_code"),
            firstRow(database, grown, "employee_payroll", "salary", "accountNumber", "currency"),
            firstRow(database, grown, "Consultant", "agency", "contractEnd"),
            firstRow(
                database, grown, "Ticket", "subject", "resolution", "priority", "requiredGrade"),
            firstRow(database, grown, "Assignment", "role", "agent_id")));
  }

  private static void assertWidenedKeyTakesAManager(TestDatabase database, ParityModel grown)
      throws Exception {
    database.execute(
        insert(grown, "Department", "company", "code", "title")
            + " VALUES ('acme', 'SUPPORT-TIER2', 'Tier 2')",
        insert(grown, "people", "id", "version", "fullName", "email", "DTYPE")
            + " VALUES (3, 0, 'Cy', 'cy@x', 'Manager')",
        insert(grown, "Employee", "id", "dept_company", "dept_code")
            + " VALUES (3, 'acme', 'SUPPORT-TIER2')",
        insert(grown, "Manager", "id", "directReports", "office") + " VALUES (3, 4, 'B2')");
    assertEquals("4,B2", firstRow(database, grown, "Manager", "directReports", "office"));
    // the long code goes before the downgrade narrows the column again
    database.execute(
        "DELETE FROM " + grown.name("Manager"),
        "DELETE FROM " + grown.name("Employee") + " WHERE id = 3",
        "DELETE FROM " + grown.name("people") + " WHERE id = 3",
        "DELETE FROM " + grown.name("Department") + " WHERE code = 'SUPPORT-TIER2'");
  }

  private static String[] rows(ParityModel desk) {
    return new String[] {
      insert(desk, "Department", "company", "code", "title") + " VALUES ('acme', 'SUP', 'Support')",
      insert(desk, "people", "id", "version", "fullName", "email", "status", "DTYPE")
          + " VALUES (1, 0, 'Ann Lee', 'ann@x', 'ACTIVE', 'Employee'),"
          + " (2, 0, 'Bo', 'bo@x', 'ON_LEAVE', 'Contractor')",
      insert(desk, "Employee", "id", "badge", "grade", "dept_company", "dept_code")
          + " VALUES (1, 'B-7', 1, 'acme', 'SUP')",
      insert(desk, "employee_payroll", "id", "salary", "iban") + " VALUES (1, 1234.50, 'DE89')",
      insert(desk, "Employee_skills", "Employee_id", "topic", "level", "skills_ORDER")
          + " VALUES (1, 'sql', 3, 0)",
      insert(desk, "Contractor", "id", "agency", "contractEnd")
          + " VALUES (2, 'Temps', DATE '2027-01-31')",
      insert(
              desk,
              "Ticket",
              "id",
              "version",
              "subject",
              "resolution",
              "priority",
              "requiredGrade",
              "reporter_id")
          + " VALUES (10, 0, 'Printer', 'fixed', 'URGENT', 2, 2)",
      insert(desk, "Assignment", "ticket_id", "employee_id", "assignedAt", "role")
          + " VALUES (10, 1, TIMESTAMP '2026-01-02 03:04:05', 'owner')"
    };
  }
}
