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

  /** The tag of an item that the left joins match, where its score is positive. */
  private static final String ONE_TAG =
      " FROM item i LEFT JOIN tag t ON t.itemId = i.id AND t.id = 2 * i.id AND t.score > 0";

  private ViewQueries() {}

  static Expression window(Random random) {
    return WINDOWS.get(random.nextInt(WINDOWS.size()));
  }

  public static String query(ViewShape shape, Expression expression) {
    return query(shape, expression, "v");
  }

  /** The query of {@code shape} returning {@code expression} as {@code alias}. */
  public static String query(ViewShape shape, Expression expression, String alias) {
    String e = expression.sql() + " AS " + alias;
    return switch (shape) {
      case ROW -> "SELECT id, " + e + " FROM item";
      case DISTINCT -> "SELECT DISTINCT id, " + e + " FROM item";
      case GROUPED -> "SELECT grp AS id, " + e + " FROM item GROUP BY grp";
      case JOINED -> "SELECT t.id, " + e + " FROM item i JOIN tag t ON t.itemId = i.id";
      case UNION ->
          "SELECT id, "
              + e
              + " FROM item UNION ALL SELECT id + 100, "
              + expression.sql()
              + " FROM item";
      case COMMON_TABLE ->
          "WITH c AS (SELECT id, " + e + " FROM item) SELECT id, " + alias + " FROM c";
      case DERIVED_TABLE -> "SELECT s.id, s." + alias + " FROM (SELECT id, " + e + " FROM item) s";
      case FILTERED -> "SELECT id, " + e + " FROM item WHERE born <= CURRENT_DATE";
      case HAVING -> "SELECT grp AS id, " + e + " FROM item GROUP BY grp HAVING COUNT(*) > 0";
      case LEFT_JOINED -> "SELECT i.id, " + e + ONE_TAG;
      case LEFT_JOIN_KEY -> "SELECT t.id, " + e + ONE_TAG;
      case REPEATED_KEY -> "SELECT i.id, " + e + " FROM item i JOIN tag t ON t.itemId = i.id";
    };
  }
}
