package dev.strata.processor.viewfuzz;

import java.util.List;
import java.util.Random;

/** Random aggregates over the rows of {@code item} that share a {@code grp}. */
final class GroupExpressions {

  private final BaseTables tables;
  private final Random random;

  GroupExpressions(BaseTables tables, Random random) {
    this.tables = tables;
    this.random = random;
  }

  Expression next() {
    return switch (random.nextInt(6)) {
      case 0 -> new Expression("COUNT(*)", FieldType.LONG);
      case 5 -> conditional();
      case 1 -> sum();
      case 2 -> average();
      case 3 -> extreme();
      default -> new Expression("COUNT(" + column().name() + ")", FieldType.LONG);
    };
  }

  private Expression sum() {
    return pick(
        List.of(
            new Expression("SUM(qty)", FieldType.LONG),
            new Expression("SUM(small)", FieldType.LONG),
            new Expression("SUM(big)", FieldType.DECIMAL),
            new Expression("SUM(price)", FieldType.DECIMAL),
            new Expression("SUM(ratio)", FieldType.DOUBLE),
            new Expression("SUM(weight)", FieldType.FLOAT)));
  }

  private Expression average() {
    return pick(
        List.of(
            new Expression("AVG(qty)", FieldType.DECIMAL),
            new Expression("AVG(price)", FieldType.DECIMAL),
            new Expression("AVG(ratio)", FieldType.DOUBLE),
            new Expression("AVG(big)", FieldType.DECIMAL)));
  }

  private Expression conditional() {
    return pick(
        List.of(
            new Expression("SUM(CASE WHEN active THEN 1 ELSE 0 END)", FieldType.LONG),
            new Expression("COUNT(DISTINCT name)", FieldType.LONG),
            new Expression("MAX(EXTRACT(YEAR FROM born))", FieldType.INTEGER),
            new Expression(
                "MIN(CASE WHEN qty > 0 THEN 'OPEN' ELSE 'HELD' END)", FieldType.ENUM_NAME),
            new Expression("COUNT(*) * 2", FieldType.PRIMITIVE_LONG),
            new Expression("MAX(price)", FieldType.DECIMAL_SIZED)));
  }

  private Expression extreme() {
    BaseColumn picked = column();
    String function = random.nextBoolean() ? "MIN" : "MAX";
    return new Expression(function + "(" + picked.name() + ")", picked.type());
  }

  private BaseColumn column() {
    List<BaseColumn> columns =
        tables.itemColumns().stream().filter(c -> c.type() != FieldType.BYTES).toList();
    return pick(columns);
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
