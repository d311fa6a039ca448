package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.View;
import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Sakila sample database, an input nobody here wrote: jinahya/jpa-with-sakila-sample-database's
 * JPA mapping of its tables and Sakila's own seven views (MySQL's SQL, Pagila's for PostgreSQL),
 * reconstructed here as test input under {@code oracle/sakila/} (tables, columns, mapping
 * annotations and the views' queries; no code of theirs). {@code original/} holds the classes whose
 * mapping the model adapts, as the source maps them, for the errors they must give. On each
 * database the migrations must build the tables Hibernate's own export builds, and each view must
 * return what the database computes for its query run directly; a second version (a column added to
 * a view, a view renamed, one dropped, a column added to a table) is applied over the rows and
 * reverted.
 */
class SakilaParityTest {

  private static final String FOLDER = "oracle/sakila";
  private static final String PACKAGE = "org.example.sakila";

  private static final List<String> ENTITIES =
      List.of(
          "Actor",
          "Address",
          "Category",
          "City",
          "Country",
          "Customer",
          "Film",
          "FilmActor",
          "FilmCategory",
          "Inventory",
          "Language",
          "Payment",
          "Rental",
          "Staff",
          "Store");

  private static final List<String> SUPPORT =
      List.of(
          "__BaseEntity",
          "_BaseEntity",
          "_DomainConstants",
          "_DomainConverters",
          "_DomainTypes",
          "FilmActorId",
          "FilmCategoryId");

  private static final List<String> VIEWS =
      List.of(
          "ActorInfo",
          "CustomerList",
          "FilmList",
          "NicerButSlowerFilmList",
          "SalesByFilmCategory",
          "SalesByStore",
          "StaffList");

  /** What version 2 changes: a column added to a view and a table, a view renamed. */
  private static final List<String> CHANGED = List.of("CustomerList", "StaffList", "Staff");

  /** Version 2 drops nicer_but_slower_film_list, its class deleted. */
  private static final List<String> VIEWS_2 =
      VIEWS.stream().filter(v -> !v.equals("NicerButSlowerFilmList")).toList();

  /**
   * An application for PostgreSQL and MariaDB, as the views' SQL per database says, tested on H2
   * too: actor_info's SQL SECURITY INVOKER has no equivalent on H2, which a target may not lack.
   */
  private static final String[] OPTIONS = {
    "-Astrata.tables=true", "-Astrata.targets=postgresql,mariadb"
  };

  // compiled once for the three databases: a build of the model takes seconds
  @TempDir static Path snapshots;
  @TempDir static Path classes;
  private static URLClassLoader v1;
  private static URLClassLoader v2;

  @BeforeAll
  static void compileBothVersions() throws Exception {
    v1 =
        new CompiledHistory(snapshots, classes("v1"), OPTIONS)
            .compileResources(1, resources(1, VIEWS))
            .load();
    v2 =
        new CompiledHistory(snapshots, classes("v2"), OPTIONS)
            .compileResources(2, resources(2, VIEWS_2))
            .load();
  }

  @AfterAll
  static void closeLoaders() throws Exception {
    for (URLClassLoader loader : new URLClassLoader[] {v1, v2}) {
      if (loader != null) {
        loader.close();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void tablesAreHibernatesViewsShowTheirQueriesAndASecondVersionComesAndGoesOverTheRows(
      DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(v1).load().upgrade();
      assertHibernatesSchema(v1, database);
      SakilaRows.insert(database);
      List<String> rows = SakilaRows.everyRow(database, SakilaRows.TABLES);
      assertViewsShowTheirQueries(v1, VIEWS, database);

      Strata.configure(database.dataSource()).classLoader(v2).load().upgrade();
      assertHibernatesSchema(v2, database);
      assertViewsShowTheirQueries(v2, VIEWS_2, database);
      assertEquals(
          List.of(
              "actor_info",
              "customer_list",
              "employee_list",
              "film_list",
              "sales_by_film_category",
              "sales_by_store"),
          database.viewNames());
      List<String> kept = new ArrayList<>(SakilaRows.TABLES);
      kept.remove("staff");
      assertEquals(
          rows.stream().filter(row -> !row.startsWith("staff: ")).toList(),
          SakilaRows.everyRow(database, kept),
          "rows after the upgrade");

      Strata.configure(database.dataSource()).classLoader(v2).load().downgrade(1);
      assertHibernatesSchema(v1, database);
      assertViewsShowTheirQueries(v1, VIEWS, database);
      assertEquals(rows, SakilaRows.everyRow(database, SakilaRows.TABLES), "rows after downgrade");
    }
  }

  /**
   * The mapping as its author wrote it converts Film's rating, an enum, and Staff's active, a
   * Boolean, whose checks Hibernate computes by calling the converters; and it maps film_actor
   * three times, by FilmActor and by a {@code @ManyToMany} on each side, which Hibernate merges
   * into one table whose link rows lack last_update. Each is an error on its element, and the model
   * above maps the two columns and checks by hand and keeps FilmActor alone. So is the {@code @Max}
   * on its keys, which MariaDB generates and refuses a check on.
   */
  @Test
  void theOriginalConvertersAndThriceMappedJoinTableAreErrorsOnTheirElements(
      @TempDir Path elsewhere) {
    JavaFileObject film = JavaFileObjects.forResource(FOLDER + "/original/Film.java");
    JavaFileObject staff = JavaFileObjects.forResource(FOLDER + "/original/Staff.java");
    Compilation converters = compileWithOriginals(elsewhere.resolve("converters"), film, staff);
    assertThat(converters)
        .hadErrorContaining("converter RatingConverter of an enum, whose check constraint")
        .inFile(film)
        .onLineContaining("@Convert(converter = RatingConverter.class)");
    assertThat(converters)
        .hadErrorContaining("converter BooleanConverter of a Boolean, whose check constraint")
        .inFile(staff)
        .onLineContaining("@Convert(converter = _DomainConverters.BooleanConverter.class)");

    // the tables are checked once every field maps: the films of the original Actor alone
    JavaFileObject actor = JavaFileObjects.forResource(FOLDER + "/original/Actor.java");
    Compilation films = compileWithOriginals(elsewhere.resolve("films"), actor);
    assertThat(films)
        .hadErrorContaining("Table film_actor is mapped twice")
        .inFile(actor)
        .onLineContaining("@JoinTable(");
    // and its key's @Max, which MariaDB refuses on an AUTO_INCREMENT column
    assertThat(films)
        .hadErrorContaining("reads column actor_id of table actor, which the database generates")
        .inFile(actor)
        .onLineContaining("private Integer actorId;");
  }

  /** Version 1 with the given original classes in place of the model's adapted ones. */
  private static Compilation compileWithOriginals(Path snapshots, JavaFileObject... originals) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(originals));
    for (String resource : resources(1, VIEWS)) {
      if (sources.stream().noneMatch(o -> resource.endsWith(o.getName().replaceAll(".*/", "/")))) {
        sources.add(JavaFileObjects.forResource(resource));
      }
    }
    StrataCompiler compiler = new StrataCompiler(snapshots);
    Arrays.stream(OPTIONS).forEach(compiler::withOption);
    return compiler.compile(sources);
  }

  /**
   * Each view returns the rows its own query returns when the database runs it directly: the query
   * declared for this database, read back from the compiled class's {@code @View}.
   */
  private static void assertViewsShowTheirQueries(
      ClassLoader loader, List<String> views, TestDatabase database) throws Exception {
    for (String name : views) {
      View view = loader.loadClass(PACKAGE + "." + name).getAnnotation(View.class);
      List<String> shown = sorted(database.query("SELECT * FROM " + view.name()));
      assertTrue(shown.size() > 1, view.name() + " shows no row");
      assertEquals(sorted(database.query(query(view, database.kind()))), shown, view.name());
    }
  }

  /** The query {@code kind} runs: its dialect's, MariaDB falling back to MySQL's, else sql. */
  private static String query(View view, DatabaseKind kind) {
    String database = kind.name().toLowerCase(Locale.ROOT);
    List<String> wanted =
        kind == DatabaseKind.MARIADB ? List.of("mariadb", "mysql") : List.of(database);
    for (String name : wanted) {
      for (View.Dialect dialect : view.dialects()) {
        if (dialect.database().equals(name)) {
          return dialect.sql();
        }
      }
    }
    return view.sql();
  }

  private static void assertHibernatesSchema(ClassLoader loader, TestDatabase database)
      throws Exception {
    List<Class<?>> entities = new ArrayList<>();
    for (String name : ENTITIES) {
      entities.add(loader.loadClass(PACKAGE + "." + name));
    }
    HibernateParity.assertHibernatesSchema(new HibernateOracle(entities, loader, false), database);
  }

  /** The sources of version {@code version}: its changed classes, version 1's others. */
  private static List<String> resources(int version, List<String> views) {
    return Stream.of(SUPPORT, ENTITIES, views)
        .flatMap(List::stream)
        .map(
            name ->
                FOLDER
                    + (version > 1 && CHANGED.contains(name) ? "/v" + version : "/v1")
                    + "/"
                    + name
                    + ".java")
        .toList();
  }

  private static Path classes(String version) throws java.io.IOException {
    return Files.createDirectories(classes.resolve(version));
  }

  private static List<String> sorted(List<String> rows) {
    List<String> sorted = new ArrayList<>(rows.subList(1, rows.size()));
    sorted.sort(null);
    sorted.add(0, rows.get(0));
    return sorted;
  }
}
