package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
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
 * The focused models of {@link HibernateParityTest}, built together and evolved to a second version
 * under Hibernate's naming and Spring Boot's: at each version Hibernate validates the migrated
 * schema and its own export reads back the same, and the rows written at version 1 survive.
 *
 * <p>Version 2 renames a column with {@code @RenamedFrom} (also one of an embeddable: where it is
 * embedded by default, under a column naming pattern, and in a collection table, while an override
 * keeps naming its column; and collections, whose implicit tables and columns follow, a
 * one-to-many's join column in the target's table too), widens columns (also one an
 * {@code @AttributeOverride} replaces, and one of an embeddable used in a collection), makes a
 * filled column NOT NULL, adds columns and an element collection, drops a column, and adds a
 * constant to an enum stored by name (a native enum type on H2 and MariaDB).
 */
class HibernateParityEvolutionTest {

  /** Each model's folder under {@code src/test/resources/oracle}, package and classes. */
  private record Model(String folder, List<String> embeddables, List<String> entities) {

    String packageName() {
      return "org.example." + folder;
    }
  }

  private static final List<Model> MODELS =
      List.of(
          new Model(
              "associations", List.of(), List.of("Author", "Book", "Library", "Profile", "Tag")),
          new Model("collections", List.of("Phone", "Spot"), List.of("Club", "Member")),
          new Model("embedded", List.of("Address", "Named", "CodeLength"), List.of("Customer")),
          new Model("keys", List.of("OrderLineId"), List.of("OrderLine")),
          new Model("types", List.of("Status"), List.of("Sample", "Document", "Labelled")));

  @TempDir Path snapshots;
  @TempDir Path firstClasses;
  @TempDir Path secondClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void focusedModelsEvolveToHibernatesSchemaAndKeepTheirRows(DatabaseKind kind, boolean spring)
      throws Exception {
    String[] options = ParityModel.options(spring);
    CompiledHistory first =
        new CompiledHistory(snapshots, firstClasses, options).compileResources(1, sources(1));
    try (URLClassLoader version1 = first.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      upgradeAndCompare(version1, strata, spring);
      Names names = new Names(spring);
      strata.execute(
          "INSERT INTO " + names.of("Tag") + " (id, label) VALUES (1, 'fiction')",
          "INSERT INTO " + names.of("Profile") + " (id, bio) VALUES (7, 'writes at night')",
          "INSERT INTO " + names.of("Library") + " (city) VALUES ('Oslo')",
          "UPDATE "
              + names.of("Tag")
              + " SET shelf_id = (SELECT id FROM "
              + names.of("Library")
              + ")",
          "INSERT INTO " + names.of("Club") + " (id, name) VALUES (3, 'chess')",
          "INSERT INTO "
              + names.of("OrderLine")
              + " ("
              + names.of("orderId")
              + ", "
              + names.of("lineNo")
              + ", product, quantity) VALUES (10, 1, 'lamp', 2)",
          "INSERT INTO "
              + names.of("Labelled")
              + " (id, status, previous) VALUES (5, 'SUSPENDED', 0)",
          "INSERT INTO "
              + names.of("Customer")
              + " (full_name, street, work_street, ship_street)"
              + " VALUES ('Ada', 'Home Lane', 'Work Road', 'Dock Street')",
          "INSERT INTO " + names.of("Member") + " (id) VALUES (4)",
          "INSERT INTO "
              + names.of("Member_contacts")
              + " ("
              + names.of("Member_id")
              + ", kind, number) VALUES (4, 'cell', '555-0100')",
          "INSERT INTO "
              + names.of("Member_nicknames")
              + " ("
              + names.of("Member_id")
              + ", nicknames) VALUES (4, 'Ace')",
          "INSERT INTO member_phones (member_id, phone, "
              + names.of("phones_ORDER")
              + ") VALUES (4, '555-0199', 0)",
          "INSERT INTO "
              + (spring ? "member_clubs" : "Member_Club")
              + " ("
              + names.of("Member_id")
              + ", clubs_id, position) VALUES (4, 3, 0)",
          "INSERT INTO "
              + names.of("Member_roles")
              + " ("
              + names.of("Member_id")
              + ", roles, "
              + names.of("roles_KEY")
              + ") VALUES (4, 'captain', 3)");

      CompiledHistory second =
          new CompiledHistory(snapshots, secondClasses, options).compileResources(2, sources(2));
      try (URLClassLoader version2 = second.load()) {
        upgradeAndCompare(version2, strata, spring);

        assertEquals(
            List.of("label,bio,town,name", "fiction,writes at night,Oslo,chess"),
            strata.query(
                "SELECT t.label, p.bio, l.town, c.name FROM "
                    + names.of("Tag")
                    + " t, "
                    + names.of("Profile")
                    + " p, "
                    + names.of("Library")
                    + " l, "
                    + names.of("Club")
                    + " c"));
        assertEquals(
            List.of("product,quantity,status", "lamp,2,SUSPENDED"),
            strata.query(
                "SELECT o.product, o.quantity, s.status FROM "
                    + names.of("OrderLine")
                    + " o, "
                    + names.of("Labelled")
                    + " s"));
        assertEquals(
            List.of(
                "road,work_street,ship_road,digits", "Home Lane,Work Road,Dock Street,555-0100"),
            strata.query(
                "SELECT c.road, c.work_street, c.ship_road, p.digits FROM "
                    + names.of("Customer")
                    + " c, "
                    + names.of("Member_contacts")
                    + " p"));
        assertEquals(
            List.of("shelved", "true"),
            strata.query(
                "SELECT CASE WHEN t.labels_id = l.id THEN 'true' ELSE 'false' END AS shelved FROM "
                    + names.of("Tag")
                    + " t, "
                    + names.of("Library")
                    + " l"));
        assertEquals(
            List.of("aliases,numbers_order,teams_id,duties,duties_key", "Ace,0,3,captain,3"),
            strata.query(
                "SELECT a.aliases, p."
                    + names.of("numbers_ORDER")
                    + " AS numbers_order, t.teams_id, d.duties, d."
                    + names.of("duties_KEY")
                    + " AS duties_key FROM "
                    + names.of("Member_aliases")
                    + " a, member_phones p, "
                    + (spring ? "member_teams" : "Member_Club")
                    + " t, "
                    + names.of("Member_duties")
                    + " d"));
      }
    }
  }

  private static void upgradeAndCompare(URLClassLoader loader, TestDatabase strata, boolean spring)
      throws Exception {
    Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
    List<Class<?>> entities = new ArrayList<>();
    for (Model model : MODELS) {
      for (String entity : model.entities()) {
        entities.add(loader.loadClass(model.packageName() + "." + entity));
      }
    }
    HibernateParity.assertHibernatesSchema(new HibernateOracle(entities, loader, spring), strata);
  }

  /** Every class of every model at a version: its own file there, or the newest earlier one. */
  private static List<String> sources(int version) {
    List<String> sources = new ArrayList<>();
    for (Model model : MODELS) {
      List<String> classes = new ArrayList<>(model.embeddables());
      classes.addAll(model.entities());
      for (String name : classes) {
        sources.add(newestFile(model.folder(), name, version));
      }
    }
    return sources;
  }

  private static String newestFile(String folder, String name, int version) {
    for (int v = version; v >= 1; v--) {
      String resource = "oracle/" + folder + "/v" + v + "/" + name + ".java";
      if (HibernateParityEvolutionTest.class.getClassLoader().getResource(resource) != null) {
        return resource;
      }
    }
    throw new IllegalArgumentException("no " + name + " in oracle/" + folder);
  }

  /** A table's or column's name as the chosen naming makes it from a class or field name. */
  private record Names(boolean spring) {

    String of(String logical) {
      return spring ? HibernateOracle.springName(logical) : logical;
    }
  }
}
