package dev.strata.processor.viewfuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random function calls over one row of {@code item}, as view queries write them: date parts and
 * date arithmetic, the current date and time, string functions, {@code NULLIF}, numeric functions,
 * and the values an enum or a converted field reads.
 */
final class RowFunctions {

  private final Random random;
  private final Function<String, String> column;

  RowFunctions(Random random, Function<String, String> column) {
    this.random = random;
    this.column = column;
  }

  Expression next() {
    List<Expression> family =
        switch (random.nextInt(5)) {
          case 0 -> temporal();
          case 1 -> text();
          case 2 -> nullIf();
          case 3 -> numeric();
          default -> stored();
        };
    return family.get(random.nextInt(family.size()));
  }

  private List<Expression> temporal() {
    String born = column.apply("born");
    String seen = column.apply("seen");
    return List.of(
        new Expression("EXTRACT(YEAR FROM " + born + ")", FieldType.INTEGER),
        new Expression("EXTRACT(MONTH FROM " + seen + ")", FieldType.INTEGER),
        new Expression("EXTRACT(HOUR FROM " + column.apply("opens") + ")", FieldType.INTEGER),
        new Expression("CURRENT_DATE", FieldType.DATE),
        new Expression("CURRENT_TIMESTAMP", FieldType.INSTANT),
        new Expression("LOCALTIMESTAMP", FieldType.DATETIME),
        new Expression(born + " + INTERVAL '1' DAY", FieldType.DATE),
        new Expression(seen + " - INTERVAL '2' HOUR", FieldType.DATETIME),
        new Expression("CURRENT_DATE - " + born, FieldType.INTEGER),
        new Expression(
            "CASE WHEN " + born + " < CURRENT_DATE THEN 'past' ELSE 'future' END",
            FieldType.STRING));
  }

  private List<Expression> text() {
    String name = column.apply("name");
    return List.of(
        new Expression("LOWER(" + name + ")", FieldType.STRING),
        new Expression("SUBSTRING(" + name + " FROM 2 FOR 3)", FieldType.STRING),
        new Expression("TRIM(BOTH 'n' FROM " + name + ")", FieldType.STRING),
        new Expression("CHAR_LENGTH(" + name + ")", FieldType.INTEGER),
        new Expression("REPLACE(" + name + ", 'n', 'm')", FieldType.STRING),
        new Expression("POSITION('a' IN " + name + ")", FieldType.INTEGER),
        new Expression("UPPER(SUBSTRING(" + name + ", 1, 1))", FieldType.STRING));
  }

  private List<Expression> nullIf() {
    return List.of(
        new Expression("NULLIF(" + column.apply("qty") + ", 0)", FieldType.INTEGER),
        new Expression("NULLIF(" + column.apply("name") + ", 'x')", FieldType.STRING),
        new Expression("NULLIF(" + column.apply("price") + ", 0)", FieldType.DECIMAL),
        new Expression("NULLIF(" + column.apply("active") + ", TRUE)", FieldType.BOOLEAN),
        new Expression("NULLIF(" + column.apply("big") + ", 0)", FieldType.LONG),
        new Expression("NULLIF(" + column.apply("born") + ", DATE '2024-01-31')", FieldType.DATE));
  }

  private List<Expression> numeric() {
    String qty = column.apply("qty");
    return List.of(
        new Expression("ABS(" + qty + ")", FieldType.INTEGER),
        new Expression("MOD(" + qty + ", 3)", FieldType.INTEGER),
        new Expression("ROUND(" + column.apply("price") + ", 1)", FieldType.DECIMAL),
        new Expression("FLOOR(" + column.apply("ratio") + ")", FieldType.DOUBLE),
        new Expression("GREATEST(" + qty + ", " + column.apply("small") + ")", FieldType.INTEGER),
        new Expression("CAST(" + column.apply("price") + " AS DECIMAL(4,1))", FieldType.DECIMAL));
  }

  /** Values an enum field, a converted field or a primitive reads. */
  private List<Expression> stored() {
    String active = column.apply("active");
    String qty = column.apply("qty");
    return List.of(
        new Expression("'HELD'", FieldType.ENUM_NAME),
        new Expression(
            "CASE WHEN " + qty + " > 0 THEN 'OPEN' ELSE 'CLOSED' END", FieldType.ENUM_NAME),
        new Expression("CAST(" + column.apply("level") + " AS INTEGER)", FieldType.ENUM_ORDINAL),
        new Expression("CASE WHEN " + active + " THEN 1 ELSE 0 END", FieldType.FLAG),
        new Expression("CASE WHEN " + active + " THEN 'Y' ELSE 'N' END", FieldType.YES_NO),
        new Expression("LOWER(" + column.apply("status") + ")", FieldType.STATUS_CODE),
        new Expression("COALESCE(" + qty + ", 0)", FieldType.PRIMITIVE_INT),
        new Expression(qty, FieldType.PRIMITIVE_INT),
        new Expression(column.apply("big"), FieldType.PRIMITIVE_LONG),
        new Expression(column.apply("ratio"), FieldType.PRIMITIVE_DOUBLE),
        new Expression(active, FieldType.PRIMITIVE_BOOLEAN),
        new Expression(column.apply("price"), FieldType.DECIMAL_SIZED));
  }
}
