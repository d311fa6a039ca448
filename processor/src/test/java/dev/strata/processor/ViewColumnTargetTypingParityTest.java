package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.viewfuzz.BaseTables;
import dev.strata.processor.viewfuzz.Expression;
import dev.strata.processor.viewfuzz.FieldType;
import dev.strata.processor.viewfuzz.ViewCase;
import dev.strata.processor.viewfuzz.ViewFuzzModel;
import dev.strata.processor.viewfuzz.ViewQueries;
import dev.strata.processor.viewfuzz.ViewShape;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view entity's field on a column that PostgreSQL, which the module targets, types otherwise than
 * H2 (the module's {@code -Astrata.dialect}): Strata errs on the field exactly where Hibernate
 * refuses it on H2 or on a target, PostgreSQL or MariaDB, measured on the three. The views of all
 * tests are judged in one module, as starting Hibernate on each database is what the time goes to.
 */
class ViewColumnTargetTypingParityTest {

  private static final Set<DatabaseKind> NONE = EnumSet.noneOf(DatabaseKind.class);
  private static final Set<DatabaseKind> POSTGRESQL = EnumSet.of(DatabaseKind.POSTGRESQL);

  /**
   * PostgreSQL types {@code EXTRACT} as a {@code numeric}, which its validation refuses for an
   * {@code Integer}, where H2 and MariaDB give an integer; a cast types it everywhere.
   */
  private static final List<Case> EXTRACT =
      List.of(
          new Case(ViewShape.ROW, "EXTRACT(YEAR FROM born)", FieldType.INTEGER, POSTGRESQL),
          new Case(
              ViewShape.GROUPED, "MAX(EXTRACT(YEAR FROM born))", FieldType.INTEGER, POSTGRESQL),
          new Case(
              ViewShape.ROW, "CAST(EXTRACT(MONTH FROM seen) AS INTEGER)", FieldType.INTEGER, NONE),
          new Case(ViewShape.ROW, "EXTRACT(HOUR FROM opens) + 1", FieldType.INTEGER, POSTGRESQL));

  /**
   * PostgreSQL types {@code CHAR_LENGTH} and {@code LENGTH} as an {@code integer}, which its
   * validation refuses for a {@code Long}, where H2 gives a {@code BIGINT} (MariaDB an {@code int}
   * too); an {@code Integer} is taken everywhere.
   */
  private static final List<Case> LENGTHS =
      List.of(
          new Case(ViewShape.ROW, "CHAR_LENGTH(name)", FieldType.LONG, Case.TARGETS),
          new Case(ViewShape.JOINED, "LENGTH(t.label)", FieldType.LONG, Case.TARGETS),
          new Case(ViewShape.ROW, "CHAR_LENGTH(name)", FieldType.INTEGER, NONE));

  /**
   * PostgreSQL types a date plus or minus an {@code INTERVAL} as a {@code timestamp}, which its
   * validation refuses for a {@code LocalDate}, where H2 and MariaDB keep a date; a timestamp's
   * stays a timestamp everywhere.
   */
  private static final List<Case> DATE_INTERVALS =
      List.of(
          new Case(ViewShape.ROW, "born + INTERVAL '1' DAY", FieldType.DATE, POSTGRESQL),
          new Case(ViewShape.JOINED, "i.born - INTERVAL '1' MONTH", FieldType.DATE, POSTGRESQL),
          new Case(ViewShape.ROW, "seen - INTERVAL '2' HOUR", FieldType.DATETIME, NONE));

  /**
   * PostgreSQL sums and averages a {@code double precision} into one, which its validation refuses
   * for a {@code BigDecimal}, where H2 gives a {@code DECFLOAT} it takes; and averages an integer
   * into a {@code numeric} (MariaDB a {@code decimal}), which they refuse for a {@code Double},
   * where H2 gives a double.
   */
  private static final List<Case> AGGREGATES =
      List.of(
          new Case(ViewShape.GROUPED, "SUM(ratio)", FieldType.DECIMAL, Case.TARGETS),
          new Case(ViewShape.GROUPED, "AVG(ratio)", FieldType.DECIMAL, Case.TARGETS),
          new Case(ViewShape.GROUPED, "AVG(qty)", FieldType.DOUBLE, Case.TARGETS),
          new Case(ViewShape.GROUPED, "AVG(price)", FieldType.DECIMAL, NONE));

  /**
   * PostgreSQL keeps the case of a quoted alias, {@code AS "V"}, where H2 reads it as the unquoted
   * name and MariaDB as a string naming the column: Hibernate's SQL, naming the column {@code v}
   * unquoted, does not find it there.
   */
  private static final List<Case> QUOTED =
      List.of(
          new Case(
              ViewShape.ROW, "SELECT id, name AS \"V\" FROM item", FieldType.STRING, POSTGRESQL),
          new Case(ViewShape.ROW, "SELECT id, name AS V FROM item", FieldType.STRING, NONE));

  /**
   * MariaDB sums, averages and divides integers into a {@code decimal}, which its validation
   * refuses for a {@code Long}, an {@code Integer} or a {@code Double}, where H2 and PostgreSQL sum
   * them into a {@code bigint} and divide them into an {@code integer} (PostgreSQL averages them
   * into a {@code numeric} too); a {@code double} sums and divides into a {@code double} and a
   * {@code decimal} into a {@code decimal} everywhere, as {@code COUNT} counts into a {@code
   * bigint}. Judged in a module that targets MariaDB alone.
   */
  private static final List<Case> MARIADB_AGGREGATES =
      List.of(
          new Case(ViewShape.GROUPED, "SUM(qty)", FieldType.LONG, Case.MARIADB),
          new Case(ViewShape.GROUPED, "SUM(DISTINCT qty)", FieldType.INTEGER, Case.MARIADB),
          new Case(ViewShape.HAVING, "SUM(qty) + 1", FieldType.LONG, Case.MARIADB),
          new Case(ViewShape.GROUPED, "AVG(qty)", FieldType.DOUBLE, Case.TARGETS),
          new Case(ViewShape.GROUPED, "SUM(price)", FieldType.DECIMAL, NONE),
          new Case(ViewShape.GROUPED, "COUNT(qty)", FieldType.LONG, NONE),
          new Case(ViewShape.GROUPED, "MAX(qty)", FieldType.INTEGER, NONE),
          new Case(ViewShape.ROW, "qty / 2", FieldType.INTEGER, Case.MARIADB),
          new Case(ViewShape.ROW, "qty + qty / 4", FieldType.INTEGER, Case.MARIADB),
          new Case(ViewShape.ROW, "price / 3", FieldType.DECIMAL, NONE),
          new Case(ViewShape.ROW, "ratio / 2", FieldType.DOUBLE, NONE));

  /**
   * MariaDB has no boolean type: it returns a condition, {@code TRUE} or {@code FALSE} as an {@code
   * int}, and one met with a boolean column as a {@code decimal}, which its validation refuses for
   * a {@code Boolean} or {@code boolean} (expecting a {@code bit}), where H2 and PostgreSQL return
   * a boolean; a boolean column passed through stays a {@code bit}, and {@code CASE WHEN ... THEN 1
   * ELSE 0 END} read by an {@code Integer}, or by a {@code Boolean} under a converter to an
   * integer, is taken everywhere. Judged in the module that targets MariaDB alone.
   */
  private static final List<Case> MARIADB_CONDITIONS =
      List.of(
          new Case(ViewShape.ROW, "qty > 5", FieldType.BOOLEAN, Case.MARIADB),
          new Case(ViewShape.ROW, "TRUE", FieldType.BOOLEAN, Case.MARIADB),
          new Case(ViewShape.ROW, "FALSE", FieldType.PRIMITIVE_BOOLEAN, Case.MARIADB),
          new Case(ViewShape.ROW, "NOT active", FieldType.BOOLEAN, Case.MARIADB),
          new Case(ViewShape.ROW, "name IS NULL", FieldType.BOOLEAN, Case.MARIADB),
          new Case(ViewShape.ROW, "COALESCE(active, FALSE)", FieldType.BOOLEAN, Case.MARIADB),
          new Case(
              ViewShape.ROW,
              "CASE WHEN qty > 5 THEN TRUE ELSE FALSE END",
              FieldType.PRIMITIVE_BOOLEAN,
              Case.MARIADB),
          new Case(ViewShape.ROW, "active", FieldType.BOOLEAN, NONE),
          new Case(ViewShape.JOINED, "i.active", FieldType.BOOLEAN, NONE),
          new Case(ViewShape.ROW, "NULLIF(active, TRUE)", FieldType.BOOLEAN, NONE),
          new Case(ViewShape.ROW, "COALESCE(active, active)", FieldType.BOOLEAN, NONE),
          new Case(ViewShape.ROW, "CASE WHEN qty > 5 THEN active END", FieldType.BOOLEAN, NONE),
          new Case(ViewShape.ROW, "CASE WHEN qty > 5 THEN 1 ELSE 0 END", FieldType.INTEGER, NONE),
          new Case(ViewShape.ROW, "CASE WHEN qty > 5 THEN 1 ELSE 0 END", FieldType.FLAG, NONE));

  /**
   * MariaDB returns {@code CHAR_LENGTH} and {@code LENGTH} as an {@code int}, which its validation
   * refuses for a {@code Long} (as PostgreSQL's does its {@code integer}), where H2 returns a
   * {@code BIGINT}; an {@code Integer} is taken, and so is a {@code Long} on a length plus a {@code
   * bigint}. Judged in the module that targets MariaDB alone, whose PostgreSQL typing is not
   * checked. {@code LENGTH} of text is an error of its own there, which counts bytes ({@code
   * FunctionReadingsOracleTest}).
   */
  private static final List<Case> MARIADB_LENGTHS =
      List.of(
          new Case(ViewShape.ROW, "CHAR_LENGTH(name)", FieldType.LONG, Case.TARGETS),
          new Case(ViewShape.JOINED, "CHAR_LENGTH(t.label)", FieldType.LONG, Case.TARGETS),
          new Case(ViewShape.ROW, "CHAR_LENGTH(name)", FieldType.INTEGER, NONE),
          new Case(ViewShape.ROW, "CHAR_LENGTH(name) + big", FieldType.LONG, NONE));

  @TempDir static Path temp;
  @TempDir static Path mariadbTemp;

  private static ViewFuzzTrial.Verdicts verdicts;
  private static ViewFuzzTrial.Verdicts mariadbVerdicts;

  @BeforeAll
  static void judge() throws Exception {
    BaseTables tables = BaseTables.generate(new Random(0));
    // PostgreSQL alone: MariaDB's reading of AS "V" as a string is an error of its own to Strata
    verdicts =
        new ViewFuzzTrial(new ViewFuzzModel(0, tables, views(all())), temp, "postgresql")
            .verdicts();
    mariadbVerdicts =
        new ViewFuzzTrial(
                new ViewFuzzModel(0, tables, views(mariadbOnly())), mariadbTemp, "mariadb")
            .verdicts();
  }

  private static List<ViewCase> views(List<Case> cases) {
    List<ViewCase> views = new ArrayList<>();
    for (Case c : cases) {
      views.add(c.view(views.size()));
    }
    return views;
  }

  @Test
  void anIntegerOnExtractIsAnErrorWhenTheModuleTargetsPostgres() {
    assertVerdicts(EXTRACT, "(decimal)");
  }

  @Test
  void aLongOnCharLengthIsAnErrorWhenTheModuleTargetsPostgres() {
    assertVerdicts(LENGTHS, "a narrower integer");
  }

  @Test
  void aLocalDateOnADatePlusAnIntervalIsAnErrorWhenTheModuleTargetsPostgres() {
    assertVerdicts(DATE_INTERVALS, "(timestamp)");
  }

  @Test
  void aggregatesAreCheckedAsPostgresTypesThem() {
    assertVerdicts(AGGREGATES, "(floating)");
  }

  @Test
  void aFieldOnAnUpperCaseQuotedAliasIsAnErrorWhenTheModuleTargetsPostgres() {
    assertVerdicts(QUOTED, "whose case PostgreSQL keeps");
  }

  @Test
  void sumsAveragesAndDivisionsAreCheckedAsMariaDbTypesThemWhenTheModuleTargetsIt() {
    assertVerdicts(mariadbVerdicts, mariadbOnly(), MARIADB_AGGREGATES, "(decimal)");
  }

  @Test
  void aBooleanOnAConditionIsAnErrorWhenTheModuleTargetsMariaDb() {
    assertVerdicts(mariadbVerdicts, mariadbOnly(), MARIADB_CONDITIONS, "returns as a number");
  }

  @Test
  void aLongOnCharLengthIsAnErrorWhenTheModuleTargetsMariaDb() {
    assertVerdicts(mariadbVerdicts, mariadbOnly(), MARIADB_LENGTHS, "a narrower integer");
  }

  /** The views of the module that targets MariaDB alone. */
  private static List<Case> mariadbOnly() {
    List<Case> all = new ArrayList<>(MARIADB_AGGREGATES);
    all.addAll(MARIADB_CONDITIONS);
    all.addAll(MARIADB_LENGTHS);
    return all;
  }

  /** One view: its query's expression, its field's type and the databases Hibernate refuses on. */
  private record Case(
      ViewShape shape, String expression, FieldType field, Set<DatabaseKind> refusedOn) {

    static final Set<DatabaseKind> TARGETS =
        EnumSet.of(DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB);
    static final Set<DatabaseKind> MARIADB = EnumSet.of(DatabaseKind.MARIADB);

    ViewCase view(int index) {
      Expression e = new Expression(expression, field);
      // a whole query, where the case is about the query's alias
      String sql = expression.startsWith("SELECT ") ? expression : ViewQueries.query(shape, e);
      return new ViewCase("V" + index, "v" + index, shape, e, sql, field);
    }
  }

  private static List<Case> all() {
    List<Case> all = new ArrayList<>(EXTRACT);
    all.addAll(LENGTHS);
    all.addAll(DATE_INTERVALS);
    all.addAll(QUOTED);
    all.addAll(AGGREGATES);
    return all;
  }

  /**
   * Asserts that Strata errs on the field of each of {@code cases} that Hibernate refuses on any
   * database, with {@code message}, and passes the others, and that Hibernate refuses each on the
   * databases given.
   */
  private static void assertVerdicts(List<Case> cases, String message) {
    assertVerdicts(verdicts, all(), cases, message);
  }

  /**
   * As above, of {@code cases} among {@code judged}, whose verdicts are {@code verdicts}, judged in
   * one module.
   */
  private static void assertVerdicts(
      ViewFuzzTrial.Verdicts verdicts, List<Case> judged, List<Case> cases, String message) {
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      String view = "v" + judged.indexOf(c);
      StrataViewVerdict strata = verdicts.strata().get(view);
      boolean error =
          strata.kind() == StrataViewVerdict.Kind.FIELD_ERROR && strata.message().contains(message);
      if (error == c.refusedOn().isEmpty()
          || (!error && strata.kind() != StrataViewVerdict.Kind.PASSED)) {
        wrong.add(view + " Strata: " + strata);
      }
      for (DatabaseKind kind : DatabaseKind.values()) {
        ViewOutcome hibernate = verdicts.hibernate().get(kind).get(view);
        // refused by its validation, or its load failing on the column it does not find
        boolean refused =
            hibernate.kind() == ViewOutcome.Kind.VALIDATE_FAILED
                || hibernate.kind() == ViewOutcome.Kind.LOAD_FAILED;
        if (refused != c.refusedOn().contains(kind) || (!refused && !hibernate.ok())) {
          wrong.add(view + " " + kind + ": " + hibernate);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
