package dev.strata.processor.viewfuzz;

import java.util.List;
import java.util.Random;

/** The query of a view of each shape around its expression, and the window functions. */
public final class ViewQueries {

  private static final List<Expression> WINDOWS =
      List.of(
          new Expression("ROW_NUMBER() OVER (ORDER BY id)", FieldType.LONG),
          new Expression("RANK() OVER (PARTITION BY grp ORDER BY id)", FieldType.LONG),
          new Expression("SUM(qty) OVER (PARTITION BY grp)", FieldType.LONG),
          new Expression("COUNT(*) OVER (PARTITION BY grp)", FieldType.LONG));

  private ViewQueries() {}

  static Expression window(Random random) {
    return WINDOWS.get(random.nextInt(WINDOWS.size()));
  }

  public static String query(ViewShape shape, Expression expression) {
    String e = expression.sql();
    return switch (shape) {
      case ROW -> "SELECT id, " + e + " AS v FROM item";
      case DISTINCT -> "SELECT DISTINCT id, " + e + " AS v FROM item";
      case GROUPED -> "SELECT grp AS id, " + e + " AS v FROM item GROUP BY grp";
      case JOINED -> "SELECT t.id, " + e + " AS v FROM item i JOIN tag t ON t.itemId = i.id";
      case UNION ->
          "SELECT id, " + e + " AS v FROM item UNION ALL SELECT id + 100, " + e + " FROM item";
    };
  }
}
