package dev.strata.processor.viewfuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random expressions over one row of {@code item} (its columns qualified by {@code column}):
 * columns, casts, arithmetic, {@code COALESCE}, {@code CASE}, string functions, literals, the
 * function calls of {@link RowFunctions} and the subqueries of {@link Subqueries}.
 */
final class RowExpressions {

  private static final List<Expression> CASTS =
      List.of(
          new Expression("INTEGER", FieldType.INTEGER),
          new Expression("BIGINT", FieldType.LONG),
          new Expression("SMALLINT", FieldType.SHORT),
          new Expression("DECIMAL(12,3)", FieldType.DECIMAL),
          new Expression("DOUBLE PRECISION", FieldType.DOUBLE),
          new Expression("REAL", FieldType.FLOAT),
          new Expression("VARCHAR(30)", FieldType.STRING),
          new Expression("CHAR(40)", FieldType.STRING));

  private final BaseTables tables;
  private final Random random;
  private final Function<String, String> column;

  RowExpressions(BaseTables tables, Random random, Function<String, String> column) {
    this.tables = tables;
    this.random = random;
    this.column = column;
  }

  Expression next() {
    return switch (random.nextInt(11)) {
      case 0 -> plainColumn();
      case 1 -> cast();
      case 2 -> arithmetic();
      case 3 -> coalesce();
      case 4 -> caseWhen();
      case 5 -> text();
      case 6 -> literal();
      case 7 -> temporalCast();
      case 8, 9 -> new RowFunctions(random, column).next();
      default -> new Subqueries(random, outerKey()).next();
    };
  }

  /** The row's key as a subquery names it: qualified, as the subquery's own table has an id. */
  private String outerKey() {
    String key = column.apply("id");
    return key.contains(".") ? key : "item.id";
  }

  private Expression plainColumn() {
    BaseColumn picked = pick(tables.itemColumns());
    return new Expression(column.apply(picked.name()), picked.type());
  }

  private Expression cast() {
    List<BaseColumn> numeric = tables.itemColumns().stream().filter(BaseColumn::numeric).toList();
    BaseColumn source = pick(numeric);
    Expression target = pick(CASTS);
    return new Expression(
        "CAST(" + column.apply(source.name()) + " AS " + target.sql() + ")", target.natural());
  }

  private Expression temporalCast() {
    return pick(
        List.of(
            new Expression("CAST(" + column.apply("seen") + " AS DATE)", FieldType.DATE),
            new Expression("CAST(" + column.apply("born") + " AS TIMESTAMP)", FieldType.DATETIME),
            new Expression("CAST(" + column.apply("seen") + " AS TIME)", FieldType.TIME),
            new Expression("CAST(" + column.apply("born") + " AS VARCHAR(20))", FieldType.STRING),
            new Expression("CAST(" + column.apply("code") + " AS VARCHAR(36))", FieldType.STRING),
            new Expression(
                "CAST(" + column.apply("stamp") + " AS TIMESTAMP)", FieldType.DATETIME)));
  }

  private Expression arithmetic() {
    String qty = column.apply("qty");
    String small = column.apply("small");
    return pick(
        List.of(
            new Expression(qty + " + " + small, FieldType.INTEGER),
            new Expression(qty + " * " + column.apply("price"), FieldType.DECIMAL),
            new Expression(qty + " / NULLIF(" + small + ", 0)", FieldType.INTEGER),
            new Expression(column.apply("big") + " - " + qty, FieldType.LONG),
            new Expression(column.apply("ratio") + " * " + qty, FieldType.DOUBLE),
            new Expression(qty + " + 1.5", FieldType.DECIMAL),
            new Expression(column.apply("weight") + " + 1", FieldType.FLOAT),
            new Expression(column.apply("price") + " / 3", FieldType.DECIMAL),
            new Expression(small + " * 2", FieldType.SHORT),
            new Expression("-" + column.apply("big"), FieldType.LONG)));
  }

  private Expression coalesce() {
    return pick(
        List.of(
            new Expression("COALESCE(" + column.apply("qty") + ", 0)", FieldType.INTEGER),
            new Expression("COALESCE(" + column.apply("name") + ", 'none')", FieldType.STRING),
            new Expression("COALESCE(" + column.apply("price") + ", 0)", FieldType.DECIMAL),
            new Expression(
                "COALESCE(" + column.apply("big") + ", " + column.apply("qty") + ")",
                FieldType.LONG),
            new Expression("COALESCE(" + column.apply("active") + ", FALSE)", FieldType.BOOLEAN)));
  }

  private Expression caseWhen() {
    String qty = column.apply("qty");
    return pick(
        List.of(
            new Expression("CASE WHEN " + qty + " > 0 THEN 'pos' ELSE 'neg' END", FieldType.STRING),
            new Expression(
                "CASE WHEN " + column.apply("active") + " THEN 1 ELSE 0 END", FieldType.INTEGER),
            new Expression(
                "CASE WHEN " + qty + " > 0 THEN " + column.apply("price") + " ELSE 0 END",
                FieldType.DECIMAL),
            new Expression(
                "CASE WHEN " + qty + " > 0 THEN TRUE ELSE FALSE END", FieldType.BOOLEAN)));
  }

  private Expression text() {
    String name = column.apply("name");
    return pick(
        List.of(
            new Expression("UPPER(" + name + ")", FieldType.STRING),
            new Expression("SUBSTRING(" + name + ", 1, 3)", FieldType.STRING),
            new Expression("LENGTH(" + name + ")", FieldType.INTEGER),
            new Expression("CONCAT(" + name + ", '-x')", FieldType.STRING),
            new Expression(name + " || '-x'", FieldType.STRING),
            new Expression("TRIM(" + name + ")", FieldType.STRING)));
  }

  private Expression literal() {
    return pick(
        List.of(
            new Expression("1", FieldType.INTEGER),
            new Expression("'x'", FieldType.STRING),
            new Expression("1.5", FieldType.DECIMAL),
            new Expression("TRUE", FieldType.BOOLEAN),
            new Expression("CAST(NULL AS INTEGER)", FieldType.INTEGER),
            new Expression("CAST(NULL AS VARCHAR(10))", FieldType.STRING),
            new Expression("DATE '2024-01-31'", FieldType.DATE),
            new Expression("2147483648", FieldType.LONG)));
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
