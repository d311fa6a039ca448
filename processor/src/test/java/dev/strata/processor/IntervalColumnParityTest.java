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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view entity's field on a difference of dates or timestamps, which H2 types as an {@code
 * INTERVAL} (JDBC's {@code OTHER}), PostgreSQL as an {@code integer} for dates and an {@code
 * interval} for timestamps, MariaDB as a {@code bigint} and a {@code decimal}: Strata errs on the
 * field where Hibernate refuses it on PostgreSQL and MariaDB too, measured on the three
 * (ViewEntityFuzzTest, seed 1305: an enum on {@code CURRENT_DATE - born} passed). The module runs
 * on MariaDB too, which computes a difference of dates on their digits, not in days: there Strata
 * errs on the query itself ({@code MySqlDateArithmeticTest}), whatever the field, and that counts
 * as its error here, the {@code Integer} Hibernate takes included.
 */
class IntervalColumnParityTest {

  private static final Set<DatabaseKind> ALL = EnumSet.allOf(DatabaseKind.class);
  private static final Set<DatabaseKind> H2 = EnumSet.of(DatabaseKind.H2);
  private static final Set<DatabaseKind> H2_POSTGRESQL =
      EnumSet.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL);

  private static final List<Case> CASES =
      List.of(
          new Case("CURRENT_DATE - born", FieldType.ENUM_NAME, true, ALL),
          new Case("CURRENT_DATE - born", FieldType.STRING, true, ALL),
          new Case("CURRENT_DATE - born", FieldType.DATE, true, ALL),
          new Case("CURRENT_DATE - born", FieldType.INTEGER, true, H2),
          // PostgreSQL's integer is narrower than a Long's bigint
          new Case("CURRENT_DATE - born", FieldType.LONG, true, H2_POSTGRESQL),
          new Case("seen - seen", FieldType.STRING, true, ALL),
          // MariaDB's decimal takes it
          new Case("seen - seen", FieldType.DECIMAL, true, H2_POSTGRESQL),
          new Case("seen - seen", FieldType.LONG, true, ALL));

  @TempDir Path temp;

  @Test
  void strataErrsOnAFieldHibernateRefusesOnADifferenceOfDates() throws Exception {
    List<ViewCase> views = new ArrayList<>();
    for (Case c : CASES) {
      Expression e = new Expression(c.expression(), c.field());
      int index = views.size();
      views.add(
          new ViewCase(
              "V" + index,
              "v" + index,
              ViewShape.ROW,
              e,
              ViewQueries.query(ViewShape.ROW, e),
              c.field()));
    }
    ViewFuzzTrial.Verdicts verdicts =
        new ViewFuzzTrial(new ViewFuzzModel(0, BaseTables.generate(new Random(0)), views), temp)
            .verdicts();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      StrataViewVerdict strata = verdicts.strata().get("v" + i);
      boolean error =
          strata.kind() == StrataViewVerdict.Kind.FIELD_ERROR
              || (strata.kind() == StrataViewVerdict.Kind.QUERY_ERROR
                  && strata.message().contains("compute on the digits of the dates"));
      if (error != c.strataErrs() || (!error && strata.kind() != StrataViewVerdict.Kind.PASSED)) {
        wrong.add(c + " Strata: " + strata);
      }
      for (DatabaseKind kind : DatabaseKind.values()) {
        ViewOutcome hibernate = verdicts.hibernate().get(kind).get("v" + i);
        boolean refused =
            hibernate.kind() == ViewOutcome.Kind.VALIDATE_FAILED
                || hibernate.kind() == ViewOutcome.Kind.LOAD_FAILED;
        if (refused != c.refusedOn().contains(kind) || (!refused && !hibernate.ok())) {
          wrong.add(c + " " + kind + ": " + hibernate);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** One view: its expression, its field's type, Strata's verdict and where Hibernate refuses. */
  private record Case(
      String expression, FieldType field, boolean strataErrs, Set<DatabaseKind> refusedOn) {}
}
