package dev.strata.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.viewfuzz.GeneratedSource;
import dev.strata.processor.viewfuzz.ViewCase;
import dev.strata.processor.viewfuzz.ViewFuzzModel;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One seed of the view entity fuzzer: generates the model, compiles it with Strata, has Hibernate
 * judge every view on H2, PostgreSQL and MariaDB, and lists where the two disagree.
 */
final class ViewFuzzTrial {

  static final int VIEWS = 8;

  /**
   * Whether a field that fails on PostgreSQL or MariaDB alone, where H2 types its expression as
   * Strata checks it, is a failure too ({@code -Dstrata.viewFuzz.strict=true}); by default a note.
   */
  private static final boolean STRICT = Boolean.getBoolean("strata.viewFuzz.strict");

  /** The databases the fuzzer's module targets ({@code -Astrata.targets}). */
  static final String TARGETS = "postgresql,mariadb";

  private final ViewFuzzModel model;
  private final Path folder;
  private final String targets;

  ViewFuzzTrial(long seed, Path folder) {
    this(ViewFuzzModel.generate(seed, VIEWS), folder);
  }

  ViewFuzzTrial(ViewFuzzModel model, Path folder) {
    this(model, folder, TARGETS);
  }

  /**
   * @param targets the databases the module targets, for a view only some of them take
   */
  ViewFuzzTrial(ViewFuzzModel model, Path folder, String targets) {
    this.model = model;
    this.folder = folder;
    this.targets = targets;
  }

  /** Strata's verdict and Hibernate's on each database, by view name, with the notes so far. */
  record Verdicts(
      Map<String, StrataViewVerdict> strata,
      Map<DatabaseKind, Map<String, ViewOutcome>> hibernate,
      List<String> notes,
      Compilation compilation) {}

  /** The disagreements (failures) and the notes of this seed. */
  record Findings(List<String> failures, List<String> notes) {}

  Findings run() throws Exception {
    Verdicts verdicts = verdicts();
    return classify(
        verdicts.strata(), verdicts.hibernate(), verdicts.notes(), verdicts.compilation());
  }

  Verdicts verdicts() throws Exception {
    Map<String, StrataViewVerdict> strata = new LinkedHashMap<>();
    Compilation compilation = compileUntilQueriesPass(strata);
    List<String> notes = new ArrayList<>();
    Set<String> passed = new HashSet<>();
    strata.forEach(
        (view, verdict) -> {
          if (verdict.kind() == StrataViewVerdict.Kind.PASSED) {
            passed.add(view);
          }
        });
    Map<DatabaseKind, Map<String, ViewOutcome>> hibernate = new EnumMap<>(DatabaseKind.class);
    boolean built =
        compilation.status() == Compilation.Status.SUCCESS
            && strata.values().stream()
                .noneMatch(v -> v.kind() == StrataViewVerdict.Kind.QUERY_ERROR);
    try (URLClassLoader loader = built ? built(compilation) : plain()) {
      for (DatabaseKind kind : DatabaseKind.values()) {
        hibernate.put(kind, judge(kind, loader, built, passed, notes));
      }
    }
    return new Verdicts(strata, hibernate, notes, compilation);
  }

  /**
   * Compiles the model, and again without the views whose query Strata refused, until none is: an
   * error of the query's stage stops the build before the fields of the others are checked. Fills
   * {@code strata} with each view's verdict and returns the last build, of every view when Strata
   * refused no query.
   */
  private Compilation compileUntilQueriesPass(Map<String, StrataViewVerdict> strata)
      throws Exception {
    List<ViewCase> compiled = new ArrayList<>(model.views());
    for (int build = 0; ; build++) {
      ViewFuzzModel part = new ViewFuzzModel(model.seed(), model.tables(), compiled);
      Compilation compilation = compile(part, build);
      Map<String, StrataViewVerdict> verdicts = StrataViewVerdict.of(part, compilation);
      strata.putAll(verdicts);
      boolean refusedQuery =
          compiled.removeIf(
              view -> verdicts.get(view.view()).kind() == StrataViewVerdict.Kind.QUERY_ERROR);
      if (!refusedQuery || compiled.isEmpty()) {
        return compilation;
      }
    }
  }

  private Compilation compile(ViewFuzzModel part, int build) throws Exception {
    return new StrataCompiler(Files.createDirectories(folder.resolve("snapshots" + build)))
        .withOption("-Astrata.tables=true")
        .withOption("-Astrata.targets=" + targets)
        .compile(
            part.sources().stream()
                .map(s -> JavaFileObjects.forSourceString(s.qualifiedName(), s.text()))
                .toList());
  }

  private URLClassLoader built(Compilation compilation) throws Exception {
    return new CompiledHistory(folder.resolve("snapshots"), folder.resolve("built"))
        .loadFrom(compilation);
  }

  private URLClassLoader plain() throws Exception {
    Path sources = Files.createDirectories(folder.resolve("sources"));
    List<Path> files = new ArrayList<>();
    for (GeneratedSource source : model.sources()) {
      Path file = sources.resolve(source.className() + ".java");
      Files.writeString(file, source.text());
      files.add(file);
    }
    return PlainClasses.compile(Files.createDirectories(folder.resolve("plain")), files);
  }

  private Map<String, ViewOutcome> judge(
      DatabaseKind kind, ClassLoader loader, boolean built, Set<String> passed, List<String> notes)
      throws Exception {
    HibernateViewJudge judge = new HibernateViewJudge(model, loader, passed);
    if (built) {
      try (TestDatabase database = TestDatabases.open(kind)) {
        if (migrate(database, loader, notes)) {
          return judge.migrated(database);
        }
      }
    }
    // the views Strata refused, or one its migration failed on, are created by hand
    try (TestDatabase database = TestDatabases.open(kind)) {
      return judge.byHand(database);
    }
  }

  /** Applies the build's migrations, or notes that the database refused them. */
  private boolean migrate(TestDatabase database, ClassLoader loader, List<String> notes) {
    try {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      return true;
    } catch (RuntimeException e) {
      notes.add(
          "MIGRATION FAILED seed "
              + model.seed()
              + " on "
              + database.kind()
              + ": "
              + ViewOutcome.of(ViewOutcome.Kind.CREATE_FAILED, e).message());
      return false;
    }
  }

  /**
   * What Hibernate says when a row holds a value the field's type cannot: a text no constant of the
   * enum has, an ordinal past its constants, a number out of the cast's range, more than one
   * character for a converter of one, a NULL for a primitive. The type is right, the rows are not
   * (H2 reports every column of a view as nullable, so Strata cannot tell a primitive's from them).
   */
  private static final java.util.regex.Pattern VALUE_REFUSED =
      java.util.regex.Pattern.compile(
          "No enum constant|out of bounds for length|out of range|Bad value for type|overflow"
              + "|more than one character|Null value was assigned to a property|Value too long");

  /**
   * Whether every database Hibernate fails on for a field Strata passes refused the query or failed
   * on the values of a row, not on the column's type.
   */
  private static boolean dataOnly(Map<DatabaseKind, ViewOutcome> outcomes) {
    return outcomes.values().stream()
        .allMatch(
            o ->
                o.ok()
                    || o.kind() == ViewOutcome.Kind.CREATE_FAILED
                    || (o.kind() == ViewOutcome.Kind.LOAD_FAILED
                        && VALUE_REFUSED.matcher(o.message()).find()));
  }

  /**
   * Whether H2 alone refuses a field Strata passes, on a column it types as none of JDBC's types
   * ({@code CURRENT_DATE - born}, an {@code INTERVAL} on H2 and an {@code integer} elsewhere): a
   * type Strata does not check, as the databases the module runs on type the expression otherwise.
   */
  private static boolean untypedOnH2(Map<DatabaseKind, ViewOutcome> outcomes) {
    return outcomes.get(DatabaseKind.H2).message().contains("(Types#OTHER)")
        && outcomes.entrySet().stream()
            .allMatch(o -> o.getKey() == DatabaseKind.H2 || o.getValue().ok());
  }

  /** Whether Hibernate failed to load a NULL into the primitive field. */
  private static boolean nullOnPrimitive(ViewOutcome outcome) {
    return outcome != null
        && outcome.kind() == ViewOutcome.Kind.LOAD_FAILED
        && outcome.message().contains("Null value was assigned to a property");
  }

  /**
   * Whether Strata warned that the view can return NULL in the field's column: the rows it found
   * one on are not the seed's, but a NULL H2 returns on the seed's rows is one it must have found a
   * case of.
   */
  private static boolean warnsOfNull(StrataViewVerdict verdict) {
    return verdict.warnings().stream().anyMatch(warning -> warning.contains("can return NULL"));
  }

  private static boolean failsOn(ViewOutcome outcome) {
    return outcome.kind() == ViewOutcome.Kind.VALIDATE_FAILED
        || outcome.kind() == ViewOutcome.Kind.LOAD_FAILED;
  }

  /** Whether Hibernate refuses the column's type, or fails to load it for another reason. */
  private static boolean failsOnType(ViewOutcome outcome) {
    return failsOn(outcome)
        && !(outcome.kind() == ViewOutcome.Kind.LOAD_FAILED
            && VALUE_REFUSED.matcher(outcome.message()).find());
  }

  private Findings classify(
      Map<String, StrataViewVerdict> strata,
      Map<DatabaseKind, Map<String, ViewOutcome>> hibernate,
      List<String> notes,
      Compilation compilation) {
    List<String> failures = new ArrayList<>();
    for (ViewCase view : model.views()) {
      Map<DatabaseKind, ViewOutcome> outcomes = new EnumMap<>(DatabaseKind.class);
      hibernate.forEach((kind, byView) -> outcomes.put(kind, byView.get(view.view())));
      classify(view, strata.get(view.view()), outcomes, failures, notes);
    }
    compilation.errors().stream()
        .filter(d -> d.getMessage(null).contains("internal error"))
        .forEach(d -> failures.add("CRASH seed " + model.seed() + ": " + d.getMessage(null)));
    return new Findings(failures, notes);
  }

  /** Adds to {@code failures} or {@code notes} where Strata and Hibernate disagree on a view. */
  private void classify(
      ViewCase view,
      StrataViewVerdict verdict,
      Map<DatabaseKind, ViewOutcome> outcomes,
      List<String> failures,
      List<String> notes) {
    String line =
        "seed "
            + model.seed()
            + " "
            + view.describe()
            + "\n    Strata: "
            + verdict
            + "\n    Hibernate: "
            + outcomes;
    if (Boolean.getBoolean("strata.viewFuzz.verbose")) {
      System.out.println("VIEW " + line);
    }
    boolean hibernateFails = outcomes.values().stream().anyMatch(ViewFuzzTrial::failsOn);
    switch (verdict.kind()) {
      case CRASH -> failures.add("CRASH " + line);
      case PASSED -> {
        if (nullOnPrimitive(outcomes.get(DatabaseKind.H2)) && !warnsOfNull(verdict)) {
          failures.add("NULL NOT WARNED OF (H2 returns one in the primitive's column) " + line);
        } else if (hibernateFails && dataOnly(outcomes)) {
          notes.add("VALUES THE FIELD CANNOT HOLD " + line);
        } else if (hibernateFails && untypedOnH2(outcomes)) {
          notes.add("A TYPE H2 ALONE GIVES, WHICH STRATA DOES NOT CHECK " + line);
        } else if (failsOnType(outcomes.get(DatabaseKind.H2)) || (hibernateFails && STRICT)) {
          failures.add("GAP (Strata passes, Hibernate fails) " + line);
        } else if (hibernateFails) {
          notes.add("GAP ON A DATABASE OTHER THAN H2, WHICH STRATA CHECKS ON " + line);
        } else if (!outcomes.values().stream().allMatch(ViewOutcome::ok)) {
          notes.add("REFUSED ELSEWHERE " + line);
        }
      }
      case FIELD_ERROR -> {
        if (outcomes.values().stream().allMatch(ViewOutcome::ok)) {
          failures.add("FALSE ERROR (Hibernate validates and loads everywhere) " + line);
        } else if (!hibernateFails) {
          notes.add("FIELD ERROR, query refused elsewhere " + line);
        }
      }
      case QUERY_ERROR -> notes.add("QUERY ERROR " + line);
    }
  }
}
