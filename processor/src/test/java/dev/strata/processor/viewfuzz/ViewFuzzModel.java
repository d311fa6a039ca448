package dev.strata.processor.viewfuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The model one seed generates: the base tables and {@code count} view entities, each a view of a
 * random shape returning one random expression, read by a field of the expression's natural type
 * or, half of the time, of another.
 */
public record ViewFuzzModel(long seed, BaseTables tables, List<ViewCase> views) {

  public ViewFuzzModel {
    views = List.copyOf(views);
  }

  public static ViewFuzzModel generate(long seed, int count) {
    Random random = new Random(seed);
    BaseTables tables = BaseTables.generate(random);
    List<ViewCase> views = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      views.add(view(tables, random, i));
    }
    return new ViewFuzzModel(seed, tables, views);
  }

  private static ViewCase view(BaseTables tables, Random random, int index) {
    ViewShape shape = ViewShape.values()[random.nextInt(ViewShape.values().length)];
    Expression expression = expression(tables, random, shape);
    FieldType field =
        random.nextBoolean()
            ? expression.natural()
            : FieldType.ALL.get(random.nextInt(FieldType.ALL.size()));
    FieldMapping mapping = mapping(random, field);
    String sql = ViewQueries.query(shape, expression, mapping.alias());
    return new ViewCase("V" + index, "v" + index, shape, expression, sql, field, mapping);
  }

  /** Half of the fields map the column by their own name, the others in another way. */
  private static FieldMapping mapping(Random random, FieldType field) {
    FieldMapping mapping =
        random.nextBoolean()
            ? FieldMapping.PLAIN
            : FieldMapping.values()[random.nextInt(FieldMapping.values().length)];
    return mapping == FieldMapping.UPPER_COLUMN && field.sized() ? FieldMapping.PLAIN : mapping;
  }

  private static Expression expression(BaseTables tables, Random random, ViewShape shape) {
    if (shape.grouped()) {
      return new GroupExpressions(tables, random).next();
    }
    if (shape.joined()) {
      return joined(tables, random);
    }
    if (shape == ViewShape.ROW && random.nextInt(5) == 0) {
      return ViewQueries.window(random);
    }
    return new RowExpressions(tables, random, name -> name).next();
  }

  private static Expression joined(BaseTables tables, Random random) {
    if (random.nextInt(3) == 0) {
      return switch (random.nextInt(5)) {
        case 0 -> new Expression("t.label", FieldType.STRING);
        case 1 -> new Expression("t.score + i.qty", FieldType.INTEGER);
        case 2 -> new Expression("t.score", FieldType.PRIMITIVE_INT);
        case 3 -> new Expression("COALESCE(t.score, -1)", FieldType.PRIMITIVE_INT);
        default -> new Expression("CONCAT(t.label, i.name)", FieldType.STRING);
      };
    }
    return new RowExpressions(tables, random, name -> "i." + name).next();
  }

  /** Every generated source: the base classes, then the views. */
  public List<GeneratedSource> sources() {
    List<GeneratedSource> sources = new ArrayList<>(tables.sources());
    views.forEach(view -> sources.add(view.source()));
    return sources;
  }
}
