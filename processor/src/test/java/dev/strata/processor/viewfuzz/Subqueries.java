package dev.strata.processor.viewfuzz;

import java.util.List;
import java.util.Random;

/**
 * Random scalar subqueries and {@code EXISTS} tests over the tags of the row's item, correlated by
 * {@code outer}, the item's key as the enclosing query names it ({@code item.id}, {@code i.id}).
 */
final class Subqueries {

  private final Random random;
  private final String outer;

  Subqueries(Random random, String outer) {
    this.random = random;
    this.outer = outer;
  }

  Expression next() {
    String tags = " FROM tag s WHERE s.itemId = " + outer;
    String positive = "EXISTS (SELECT 1" + tags + " AND s.score > 0)";
    List<Expression> choices =
        List.of(
            new Expression("(SELECT COUNT(*)" + tags + ")", FieldType.LONG),
            new Expression("(SELECT MAX(s.label)" + tags + ")", FieldType.STRING),
            new Expression("(SELECT MIN(s.score)" + tags + ")", FieldType.INTEGER),
            new Expression("(SELECT SUM(s.score)" + tags + ")", FieldType.LONG),
            new Expression("COALESCE((SELECT MAX(s.score)" + tags + "), 0)", FieldType.INTEGER),
            new Expression("CASE WHEN " + positive + " THEN 'yes' ELSE 'no' END", FieldType.STRING),
            new Expression(positive, FieldType.BOOLEAN),
            new Expression(
                "(SELECT COUNT(*) FROM tag s WHERE s.score > 0)", FieldType.PRIMITIVE_LONG));
    return choices.get(random.nextInt(choices.size()));
  }
}
