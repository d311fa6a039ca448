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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An integer field on a view's integer column of another width: Hibernate's validation takes a
 * column wider than the field ({@code Integer} on {@code COUNT(*)}'s {@code BIGINT}) and refuses a
 * narrower one ({@code Long} on an {@code INTEGER}) on H2, PostgreSQL and MariaDB, and so does
 * Strata's check, on the field.
 */
class ViewIntegerWidthTest {

  @TempDir Path temp;

  @Test
  void anIntegerFieldWiderThanItsColumnIsAnErrorAndANarrowerOneIsNot() throws Exception {
    BaseTables tables = BaseTables.generate(new Random(0));
    List<ViewCase> views =
        List.of(
            view(0, ViewShape.ROW, "CASE WHEN active THEN 1 ELSE 0 END", FieldType.LONG),
            view(1, ViewShape.ROW, "qty", FieldType.SHORT),
            view(2, ViewShape.JOINED, "t.score", FieldType.LONG),
            view(3, ViewShape.GROUPED, "COUNT(*)", FieldType.INTEGER),
            view(4, ViewShape.ROW, "small", FieldType.LONG),
            view(5, ViewShape.ROW, "small", FieldType.SHORT),
            view(6, ViewShape.UNION, "small", FieldType.INTEGER));
    ViewFuzzTrial.Verdicts verdicts =
        new ViewFuzzTrial(new ViewFuzzModel(0, tables, views), temp).verdicts();

    Map<String, Boolean> refused =
        Map.of(
            "v0", true, "v1", false, "v2", true, "v3", false, "v4", true, "v5", false, "v6", true);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Boolean> view : new TreeMap<>(refused).entrySet()) {
      StrataViewVerdict strata = verdicts.strata().get(view.getKey());
      boolean error =
          strata.kind() == StrataViewVerdict.Kind.FIELD_ERROR
              && strata.message().contains("a narrower integer, which Hibernate's schema");
      if (error != view.getValue() || (!error && strata.kind() != StrataViewVerdict.Kind.PASSED)) {
        wrong.add(view.getKey() + " Strata: " + strata);
      }
      for (DatabaseKind kind : DatabaseKind.values()) {
        ViewOutcome hibernate = verdicts.hibernate().get(kind).get(view.getKey());
        if ((hibernate.kind() == ViewOutcome.Kind.VALIDATE_FAILED) != view.getValue()
            || (!view.getValue() && !hibernate.ok())) {
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
