package dev.strata.processor.verify;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The types of the columns of the tables and views a view reads, by column name: a table's as
 * declared, an earlier view's as its verdict gives it. A name that the relations give several
 * types, or none, has none.
 */
final class ReadColumnTypes implements Function<String, Optional<String>> {

  private final Schema schema;
  private final List<String> reads;
  private final Map<String, Verdict> earlier;

  ReadColumnTypes(Schema schema, ViewDefinition view, Map<String, Verdict> earlier) {
    this.schema = schema;
    this.reads = view.reads().orElse(List.of());
    this.earlier = earlier;
  }

  @Override
  public Optional<String> apply(String column) {
    Set<String> types = new HashSet<>();
    for (String relation : reads) {
      schema
          .table(relation)
          .flatMap(table -> table.column(column))
          .map(ColumnDefinition::type)
          .ifPresent(types::add);
      if (earlier.get(relation) instanceof Verdict.Passed passed) {
        passed.columns().stream()
            .filter(read -> read.name().equalsIgnoreCase(column))
            .forEach(read -> types.add(read.typeName()));
      }
    }
    Set<String> upper = new HashSet<>();
    types.forEach(type -> upper.add(type.toUpperCase(Locale.ROOT)));
    return upper.size() == 1 ? Optional.of(upper.iterator().next()) : Optional.empty();
  }
}
