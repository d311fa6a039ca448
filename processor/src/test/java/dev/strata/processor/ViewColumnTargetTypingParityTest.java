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
 * A view entity's field on a column that a database the module targets types otherwise than H2 (the
 * module's {@code -Astrata.dialect}): Strata errs on the field exactly where Hibernate refuses it
 * on H2 or on a target, PostgreSQL or MariaDB, measured on the three.
 */
class ViewColumnTargetTypingParityTest {

  private static final Set<DatabaseKind> NONE = EnumSet.noneOf(DatabaseKind.class);
  private static final Set<DatabaseKind> POSTGRESQL = EnumSet.of(DatabaseKind.POSTGRESQL);

  @TempDir Path temp;

  /**
   * PostgreSQL types {@code EXTRACT} as a {@code numeric}, which its validation refuses for an
   * {@code Integer}, where H2 and MariaDB give an integer; a cast types it everywhere.
   */
  @Test
  void anIntegerOnExtractIsAnErrorWhenTheModuleTargetsPostgres() throws Exception {
    assertVerdicts(
        List.of(
            view(0, ViewShape.ROW, "EXTRACT(YEAR FROM born)", FieldType.INTEGER),
            view(1, ViewShape.GROUPED, "MAX(EXTRACT(YEAR FROM born))", FieldType.INTEGER),
            view(2, ViewShape.ROW, "CAST(EXTRACT(MONTH FROM seen) AS INTEGER)", FieldType.INTEGER),
            view(3, ViewShape.ROW, "EXTRACT(HOUR FROM opens) + 1", FieldType.INTEGER)),
        Map.of("v0", POSTGRESQL, "v1", POSTGRESQL, "v2", NONE, "v3", POSTGRESQL),
        "(decimal)");
  }

  /**
   * PostgreSQL and MariaDB type {@code CHAR_LENGTH} as an {@code integer}, which their validation
   * refuses for a {@code Long}, where H2 gives a {@code BIGINT}; an {@code Integer} is taken
   * everywhere. (MariaDB gives a {@code bigint} for {@code CHAR_LENGTH(...) + 1}, PostgreSQL an
   * {@code integer}.)
   */
  @Test
  void aLongOnCharLengthIsAnErrorWhenTheModuleTargetsPostgres() throws Exception {
    Set<DatabaseKind> targets = EnumSet.of(DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB);
    assertVerdicts(
        List.of(
            view(0, ViewShape.ROW, "CHAR_LENGTH(name)", FieldType.LONG),
            view(1, ViewShape.JOINED, "LENGTH(t.label)", FieldType.LONG),
            view(2, ViewShape.ROW, "CHAR_LENGTH(name)", FieldType.INTEGER)),
        Map.of("v0", targets, "v1", targets, "v2", NONE),
        "a narrower integer");
  }

  /**
   * Asserts that Strata errs on the field of each view Hibernate refuses on any database, with
   * {@code message}, and passes the others, and that Hibernate refuses each on the databases given.
   */
  private void assertVerdicts(
      List<ViewCase> views, Map<String, Set<DatabaseKind>> refusedOn, String message)
      throws Exception {
    BaseTables tables = BaseTables.generate(new Random(0));
    ViewFuzzTrial.Verdicts verdicts =
        new ViewFuzzTrial(new ViewFuzzModel(0, tables, views), temp).verdicts();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<DatabaseKind>> view : new TreeMap<>(refusedOn).entrySet()) {
      StrataViewVerdict strata = verdicts.strata().get(view.getKey());
      boolean error =
          strata.kind() == StrataViewVerdict.Kind.FIELD_ERROR && strata.message().contains(message);
      if (error == view.getValue().isEmpty()
          || (!error && strata.kind() != StrataViewVerdict.Kind.PASSED)) {
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
