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
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view entity's field on a view column of its type family that Hibernate's validation still
 * refuses: Strata's check errs on the field exactly where Hibernate refuses it on H2 (where Strata
 * checks), measured on H2, PostgreSQL and MariaDB.
 */
class ViewColumnTypeParityTest {

  private static final Set<DatabaseKind> ALL = EnumSet.allOf(DatabaseKind.class);
  private static final Set<DatabaseKind> NONE = EnumSet.noneOf(DatabaseKind.class);

  @TempDir Path temp;

  /**
   * Hibernate takes an integer column wider than the field ({@code Integer} on {@code COUNT(*)}'s
   * {@code BIGINT}) and refuses a narrower one ({@code Long} on an {@code INTEGER}).
   */
  @Test
  void anIntegerFieldWiderThanItsColumnIsAnErrorAndANarrowerOneIsNot() throws Exception {
    assertVerdicts(
        List.of(
            view(0, ViewShape.ROW, "CASE WHEN active THEN 1 ELSE 0 END", FieldType.LONG),
            view(1, ViewShape.ROW, "qty", FieldType.SHORT),
            view(2, ViewShape.JOINED, "t.score", FieldType.LONG),
            view(3, ViewShape.GROUPED, "COUNT(*)", FieldType.INTEGER),
            view(4, ViewShape.ROW, "small", FieldType.LONG),
            view(5, ViewShape.ROW, "small", FieldType.SHORT),
            view(6, ViewShape.UNION, "small", FieldType.INTEGER)),
        Map.of("v0", ALL, "v1", NONE, "v2", ALL, "v3", NONE, "v4", ALL, "v5", NONE, "v6", ALL),
        "a narrower integer, which Hibernate's schema validation refuses");
  }

  /**
   * Hibernate refuses a {@code CHAR} column for a {@code String} on H2 and PostgreSQL, where
   * MariaDB's {@code CAST(x AS CHAR(10))} is a {@code varchar}, and takes a {@code VARCHAR}.
   */
  @Test
  void aStringOnAFixedLengthTextIsAnError() throws Exception {
    Set<DatabaseKind> charTypes = EnumSet.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL);
    assertVerdicts(
        List.of(
            view(0, ViewShape.ROW, "CAST(name AS CHAR(10))", FieldType.STRING),
            view(1, ViewShape.ROW, "CAST(name AS VARCHAR(10))", FieldType.STRING),
            view(2, ViewShape.JOINED, "CAST(t.score AS CHAR(12))", FieldType.STRING),
            view(3, ViewShape.ROW, "UPPER(name)", FieldType.STRING)),
        Map.of("v0", charTypes, "v1", NONE, "v2", charTypes, "v3", NONE),
        "a fixed-length text, which Hibernate's schema validation refuses");
  }

  /**
   * A converter of a {@code Boolean} or an enum gives the field's column the type of its database
   * side, as Hibernate's validation reads it: a view returning another family is an error.
   */
  @Test
  void aBooleanOrEnumConverterTypesTheViewColumn() throws Exception {
    assertVerdicts(
        List.of(
            view(0, ViewShape.ROW, "CASE WHEN active THEN 1 ELSE 0 END", FieldType.FLAG),
            view(1, ViewShape.ROW, "name", FieldType.FLAG),
            view(2, ViewShape.ROW, "LOWER(status)", FieldType.STATUS_CODE),
            view(3, ViewShape.ROW, "qty", FieldType.STATUS_CODE)),
        Map.of("v0", NONE, "v1", ALL, "v2", NONE, "v3", ALL),
        "change the field's type or CAST the column");
  }

  /**
   * Hibernate's {@code YesNoConverter} maps a {@code Boolean} to a {@code char(1)}, which its
   * validation refuses a variable-length text for on H2 and PostgreSQL.
   */
  @Test
  void aFixedLengthFieldOnAVariableLengthTextIsAnError() throws Exception {
    Set<DatabaseKind> charTypes = EnumSet.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL);
    assertVerdicts(
        List.of(
            view(
                0,
                ViewShape.ROW,
                "CAST(CASE WHEN active THEN 'Y' ELSE 'N' END AS CHAR(1))",
                FieldType.YES_NO),
            view(1, ViewShape.ROW, "CASE WHEN active THEN 'Y' ELSE 'N' END", FieldType.YES_NO),
            view(2, ViewShape.JOINED, "SUBSTRING(t.label, 1, 1)", FieldType.YES_NO)),
        Map.of("v0", NONE, "v1", charTypes, "v2", charTypes),
        "a variable-length text");
  }

  /**
   * An enum stored by name is a text to Hibernate's validation (H2's {@code ENUM}, MariaDB's {@code
   * enum}, PostgreSQL's {@code varchar}): an ordinal or another family on it is an error, and so is
   * a {@code String} on H2, which Strata says where the module runs on H2 ({@code h2} among its
   * targets); the cast to a {@code VARCHAR} it advises is taken.
   */
  @Test
  void anEnumColumnIsAText() throws Exception {
    Set<DatabaseKind> onH2 = EnumSet.of(DatabaseKind.H2);
    assertVerdicts(
        List.of(
            view(0, ViewShape.ROW, "status", FieldType.ENUM_ORDINAL),
            view(1, ViewShape.ROW, "status", FieldType.INTEGER),
            view(2, ViewShape.ROW, "status", FieldType.ENUM_NAME),
            view(3, ViewShape.JOINED, "i.status", FieldType.BOOLEAN),
            view(4, ViewShape.ROW, "status", FieldType.STRING),
            view(5, ViewShape.JOINED, "i.status", FieldType.STRING),
            view(6, ViewShape.ROW, "CAST(status AS VARCHAR(20))", FieldType.STRING)),
        Map.of("v0", ALL, "v1", ALL, "v2", NONE, "v3", ALL, "v4", onH2, "v5", onH2, "v6", NONE),
        "change the field's type or CAST the column",
        "h2," + ViewFuzzTrial.TARGETS);
  }

  /**
   * MariaDB types integer arithmetic by its display width: {@code qty + 1} and {@code ABS(qty)} of
   * an {@code INT} are its {@code bigint}, which a {@code Long} reads, {@code -small} of a {@code
   * SMALLINT} its {@code int}, which an {@code Integer} reads, and a length met with 0 its {@code
   * int}, which a {@code Long} does not, where H2 gives the other width; a condition is its {@code
   * int}, which an {@code Integer} reads. A module on MariaDB alone is judged by MariaDB's types.
   */
  @Test
  void aModuleOnMariaDbAloneIsJudgedByMariaDbsIntegerTypes() throws Exception {
    Set<DatabaseKind> notMariaDb = EnumSet.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL);
    assertVerdicts(
        List.of(
            view(0, ViewShape.ROW, "qty + 1", FieldType.LONG),
            view(1, ViewShape.ROW, "-small", FieldType.INTEGER),
            view(2, ViewShape.ROW, "COALESCE(CHAR_LENGTH(name), 0)", FieldType.LONG),
            view(3, ViewShape.ROW, "ABS(qty)", FieldType.LONG),
            view(4, ViewShape.ROW, "small + 1", FieldType.LONG),
            view(5, ViewShape.ROW, "qty > 5", FieldType.INTEGER)),
        Map.of(
            "v5",
            notMariaDb,
            "v0",
            notMariaDb,
            "v1",
            notMariaDb,
            "v2",
            EnumSet.of(DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB),
            "v3",
            notMariaDb,
            "v4",
            ALL),
        "a narrower integer, which Hibernate's schema validation refuses",
        "mariadb",
        DatabaseKind.MARIADB);
  }

  /**
   * MariaDB rounds a {@code DECIMAL(10,2)} to its {@code int} with {@code FLOOR} or {@code CEIL},
   * where H2 and PostgreSQL keep a {@code numeric}: a {@code BigDecimal} on it is an error for a
   * module on MariaDB alone, as Hibernate refuses it there, and an {@code Integer} is not.
   */
  @Test
  void aDecimalRoundedByMariaDbIsItsInteger() throws Exception {
    assertVerdicts(
        List.of(
            view(0, ViewShape.ROW, "FLOOR(price)", FieldType.DECIMAL),
            view(1, ViewShape.ROW, "CEIL(price)", FieldType.LONG),
            view(2, ViewShape.ROW, "ROUND(price)", FieldType.DECIMAL),
            view(3, ViewShape.ROW, "FLOOR(price)", FieldType.INTEGER)),
        Map.of(
            "v0",
            EnumSet.of(DatabaseKind.MARIADB),
            "v1",
            ALL,
            "v2",
            NONE,
            "v3",
            EnumSet.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL)),
        "CAST the column",
        "mariadb",
        DatabaseKind.MARIADB);
  }

  /**
   * Asserts that Strata errs on the field of each view Hibernate refuses on H2, with {@code
   * message}, and passes the others, and that Hibernate refuses each on the databases given.
   */
  private void assertVerdicts(
      List<ViewCase> views, Map<String, Set<DatabaseKind>> refusedOn, String message)
      throws Exception {
    assertVerdicts(views, refusedOn, message, ViewFuzzTrial.TARGETS);
  }

  /** {@link #assertVerdicts} of a module whose targets ({@code -Astrata.targets}) are given. */
  private void assertVerdicts(
      List<ViewCase> views,
      Map<String, Set<DatabaseKind>> refusedOn,
      String message,
      String targets)
      throws Exception {
    assertVerdicts(views, refusedOn, message, targets, DatabaseKind.H2);
  }

  /**
   * {@link #assertVerdicts} of a module whose targets are given, where Strata errs on the field of
   * each view Hibernate refuses on {@code judge}.
   */
  private void assertVerdicts(
      List<ViewCase> views,
      Map<String, Set<DatabaseKind>> refusedOn,
      String message,
      String targets,
      DatabaseKind judge)
      throws Exception {
    BaseTables tables = BaseTables.generate(new Random(0));
    ViewFuzzTrial.Verdicts verdicts =
        new ViewFuzzTrial(new ViewFuzzModel(0, tables, views), temp, targets).verdicts();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<DatabaseKind>> view : new TreeMap<>(refusedOn).entrySet()) {
      boolean refused = view.getValue().contains(judge);
      StrataViewVerdict strata = verdicts.strata().get(view.getKey());
      boolean error =
          strata.kind() == StrataViewVerdict.Kind.FIELD_ERROR && strata.message().contains(message);
      if (error != refused || (!error && strata.kind() != StrataViewVerdict.Kind.PASSED)) {
        wrong.add(view.getKey() + " Strata: " + strata);
      }
      for (DatabaseKind kind : DatabaseKind.values()) {
        ViewOutcome hibernate = verdicts.hibernate().get(kind).get(view.getKey());
        ViewOutcome.Kind expected =
            view.getValue().contains(kind) ? ViewOutcome.Kind.VALIDATE_FAILED : ViewOutcome.Kind.OK;
        if (hibernate.kind() != expected) {
          wrong.add(view.getKey() + " " + kind + ": " + hibernate);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static ViewCase view(int index, ViewShape shape, String expression, FieldType field) {
    Expression e = new Expression(expression, field);
    return new ViewCase("V" + index, "v" + index, shape, e, ViewQueries.query(shape, e), field);
  }
}
