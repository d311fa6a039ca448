package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.fuzz.FuzzTrials;
import dev.strata.processor.fuzz.RandomEvolution;
import dev.strata.processor.fuzz.RandomModel;
import dev.strata.processor.fuzz.RandomRows;
import dev.strata.processor.fuzz.TableRows;
import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evolution fuzzer: a random model ({@link RandomModel}) and a second version of it made by one
 * to four changes a team makes ({@link RandomEvolution}), each one the README says Strata migrates.
 * Version 1 is compiled with tables and migrated, Hibernate writes rows into it, version 2 is
 * compiled against version 1's snapshot and migrated over the rows: its schema must be Hibernate's
 * export of version 2, and the rows must be kept but where a change drops them; the downgrade to
 * version 1 must give Hibernate's export of version 1 again, with the rows. A fixed list of seeds
 * in CI; {@code -Dstrata.evolutionFuzz.seed=S} replays one on every database under both namings,
 * {@code -Dstrata.evolutionFuzz.trials=N} runs N more (from {@code -Dstrata.evolutionFuzz.start},
 * random without it) under both namings on the databases {@code -Dstrata.evolutionFuzz.databases}
 * lists ({@code H2} by default).
 */
class MappingEvolutionFuzzTest {

  /**
   * Seeds run in CI on H2, each under one naming, Hibernate's and Spring Boot's by turns; the fifth
   * makes a to-one required over rows without a target, whose migration must fail on them, the
   * sixth renames a TABLE_PER_CLASS root whose table generator's segment Strata once reset. Of the
   * changes of storage ({@code RandomStorage}) they draw too, the first changes a default and must
   * be refused an {@code @OrderColumn} added to a join table's list, the second adds one to a
   * {@code @OneToMany(mappedBy)} list and a {@code @Lob}, the fifth moves a field into a
   * {@code @SecondaryTable}; the seventh removes a {@code @Lob} and changes a date's default.
   */
  private static final long[] H2_SEEDS = {
    248458804985196430L,
    872522965184315523L,
    7484829090637584880L,
    1716657163447620127L,
    -5329178946450498653L,
    -7104729618356372033L,
    2578166436595196069L
  };

  /**
   * Seeds run in CI on PostgreSQL, Hibernate's naming and Spring Boot's by turns; the second
   * renames a TABLE_PER_CLASS root, makes a to-one required and drops a unique constraint; the
   * third moves a {@code @Lob}'s values out of PostgreSQL's large objects and changes a default.
   */
  private static final long[] POSTGRESQL_SEEDS = {
    -2915469141161687325L, -5778498701177792783L, 4527320925905780494L
  };

  /**
   * A seed run in CI on MariaDB, under Spring Boot's naming; it moves a field back from a
   * {@code @SecondaryTable}.
   */
  private static final long[] MARIADB_SEEDS = {-3357517920050135235L};

  /**
   * The warning of a downgrade that adds a dropped column back that rows must fill: NOT NULL
   * without a default, or required by a single table's subclass's check.
   */
  private static final String DOWNGRADE_FAILS_ON_ROWS = ", which fails on a table that has rows";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  /** The entities {@link RandomRows} wrote no rows of, with Hibernate's reason. */
  private List<String> leftOut = List.of();

  @ParameterizedTest(name = "seed {0} on {1}, Spring naming {2}")
  @MethodSource("trials")
  void strataMigratesEachChangeWithTheRowsUpAndDown(long seed, DatabaseKind kind, boolean spring)
      throws Exception {
    RandomEvolution evolution = RandomEvolution.of(seed);
    try {
      evolve(evolution, kind, spring);
    } catch (Exception | AssertionError failure) {
      throw new AssertionError(
          "replay with -Dstrata.evolutionFuzz.seed="
              + seed
              + " ("
              + kind
              + (spring ? ", snake_case" : ", jpa naming")
              + ")\n"
              + evolution.listing()
              + "\nno rows written of: "
              + leftOut,
          failure);
    }
  }

  private void evolve(RandomEvolution evolution, DatabaseKind kind, boolean spring)
      throws Exception {
    String[] options = ParityModel.options(spring);
    CompiledHistory first = new CompiledHistory(snapshots, classes, options);
    first.compileSources(1, sources(evolution.before()));
    try (URLClassLoader version1 = first.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(version1).load().upgrade();
      HibernateOracle before = oracle(evolution.before(), version1, spring);
      HibernateParity.assertHibernatesSchema(before, database);
      leftOut =
          new RandomRows(before)
              .write(database.dataSource(), entities(evolution.before(), version1));
      TableRows written = TableRows.of(database.dataSource());

      CompiledHistory second = new CompiledHistory(snapshots, laterClasses, options);
      if (evolution.refused().isPresent()) {
        // the README's error: a table's primary key changed other than by reordering it
        assertRefused(
            evolution.refusedFields(), second.compileRefused(sources(evolution.refused().get())));
      }
      // a change Hibernate names nothing after (a to-one under @JoinColumn(name)) changes no table
      int versions = second.compileAnySources(sources(evolution.after()));
      assertTrue(versions == 1 || versions == 2, versions + " snapshots after version 2");
      assertWarned(evolution.expectedWarnings(), second.latest());
      try (URLClassLoader version2 = second.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(version2).load();
        try {
          strata.upgrade();
        } catch (StrataException failure) {
          assertRefusedNull(failure, evolution.requiredColumns(), spring);
          return; // the README's warning: rows where a required column is NULL fail the migration
        }
        HibernateParity.assertHibernatesSchema(
            oracle(evolution.after(), version2, spring), database);
        Names names = new Names(evolution, spring);
        TableRows migrated = TableRows.of(database.dataSource());
        assertEquals(
            List.of(),
            written.lostIn(
                migrated,
                names::table,
                (table, column) -> names.column(column),
                names::table,
                names.touched()),
            "rows lost or changed by the upgrade");

        if (second.latest().warnings().stream()
            .anyMatch(warning -> warning.getMessage(null).contains(DOWNGRADE_FAILS_ON_ROWS))) {
          return; // the README's warning: such a column dropped comes back only to no rows
        }
        strata.downgrade(1);
        HibernateParity.assertHibernatesSchema(before, database);
        assertEquals(
            List.of(),
            written.lostIn(
                TableRows.of(database.dataSource()),
                table -> migrated.has(names.table(table), null) ? table : "",
                (table, column) ->
                    migrated.has(names.table(table), names.column(column)) ? column : "",
                value -> value,
                names.touched()),
            "rows lost or changed by the downgrade");
      }
    }
  }

  /**
   * Asserts that {@code failure} is the database refusing NULL in one of the {@code required}
   * columns (which begin with the name recorded): rows Hibernate wrote without a target.
   */
  private static void assertRefusedNull(
      StrataException failure, Set<String> required, boolean spring) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
    }
    String text = messages.toString().toLowerCase(Locale.ROOT);
    boolean named =
        required.stream()
            .map(column -> Names.physical(column, spring))
            .anyMatch(column -> text.contains(column));
    // MariaDB's refusal may say "Data truncated" for a NULL made NOT NULL
    if (!named || !(text.contains("null") || text.contains("truncated"))) {
      throw new AssertionError("the upgrade failed, not on a required column's NULLs", failure);
    }
  }

  /**
   * Asserts that {@code build}'s errors are each one of a changed primary key, on a line of one of
   * the {@code refused} fields ({@code Entity.field}), and that each has one.
   */
  private static void assertRefused(Set<String> refused, Compilation build) throws Exception {
    Set<String> found = new java.util.HashSet<>();
    for (Diagnostic<? extends JavaFileObject> error : build.errors()) {
      String entity = error.getSource() == null ? "" : error.getSource().getName();
      entity = entity.substring(entity.lastIndexOf('/') + 1).replace(".java", "");
      String line =
          error.getSource() == null
              ? ""
              : error
                  .getSource()
                  .getCharContent(true)
                  .toString()
                  .lines()
                  .toList()
                  .get((int) error.getLineNumber() - 1);
      String field = line.strip().replaceAll(".* (\\w+);$", "$1");
      assertTrue(
          error.getMessage(null).contains("The primary key of table")
              && refused.contains(entity + "." + field),
          "an error other than on " + refused + ": " + error);
      found.add(entity + "." + field);
    }
    assertEquals(refused, found, "the fields the build refused");
  }

  /** Asserts that {@code build} warned of each of {@code expected}, as the README says it does. */
  private static void assertWarned(Set<String> expected, Compilation build) {
    List<String> warnings =
        build.warnings().stream().map(warning -> warning.getMessage(null)).toList();
    for (String each : expected) {
      assertTrue(
          warnings.stream().anyMatch(warning -> warning.contains(each)),
          "no warning of \"" + each + "\" among " + warnings);
    }
  }

  /**
   * The database's names of the tables and columns the changes renamed and touched, as the naming
   * makes them: a renamed entity's table and a renamed column, and the tables and columns named
   * after an entity or an association ({@code Old_tags}, {@code Old_id}, {@code old_ORDER}).
   */
  private record Names(
      Map<String, String> tables, Map<String, String> columns, Set<String> touched) {

    Names(RandomEvolution evolution, boolean spring) {
      this(
          physical(evolution.renamedTables(), spring),
          physical(evolution.renamedColumns(), spring),
          evolution.touchedColumns().stream()
              .map(name -> physical(name, spring))
              .collect(Collectors.toSet()));
    }

    String table(String name) {
      return renamed(renamed(name, tables), columns);
    }

    String column(String name) {
      return renamed(renamed(name, columns), tables);
    }

    /** {@code name} with each renamed name in it, whole or between underscores, renamed. */
    private static String renamed(String name, Map<String, String> renames) {
      String renamed = "_" + name + "_";
      for (Map.Entry<String, String> rename : renames.entrySet()) {
        renamed = renamed.replace("_" + rename.getKey() + "_", "_" + rename.getValue() + "_");
      }
      return renamed.substring(1, renamed.length() - 1);
    }

    private static Map<String, String> physical(Map<String, String> renames, boolean spring) {
      return renames.entrySet().stream()
          .collect(
              Collectors.toMap(
                  e -> physical(e.getKey(), spring), e -> physical(e.getValue(), spring)));
    }

    private static String physical(String name, boolean spring) {
      return (spring ? HibernateOracle.springName(name) : name).toLowerCase(Locale.ROOT);
    }
  }

  private static List<JavaFileObject> sources(RandomModel model) {
    List<JavaFileObject> sources = new ArrayList<>();
    model
        .sources()
        .forEach(
            (name, text) ->
                sources.add(
                    JavaFileObjects.forSourceString(model.packageName() + "." + name, text)));
    return sources;
  }

  private static List<Class<?>> entities(RandomModel model, ClassLoader loader)
      throws ClassNotFoundException {
    List<Class<?>> entities = new ArrayList<>();
    for (String entity : model.entities()) {
      entities.add(loader.loadClass(model.packageName() + "." + entity));
    }
    return entities;
  }

  private static HibernateOracle oracle(RandomModel model, ClassLoader loader, boolean spring)
      throws ClassNotFoundException {
    return new HibernateOracle(entities(model, loader), loader, spring);
  }

  static Stream<Arguments> trials() {
    return FuzzTrials.of(
        "strata.evolutionFuzz",
        Stream.of(
                FuzzTrials.byTurns(H2_SEEDS, DatabaseKind.H2, false),
                FuzzTrials.byTurns(POSTGRESQL_SEEDS, DatabaseKind.POSTGRESQL, false),
                FuzzTrials.byTurns(MARIADB_SEEDS, DatabaseKind.MARIADB, true))
            .flatMap(arguments -> arguments));
  }
}
