package dev.strata.processor.sql;

import dev.strata.processor.model.ColumnReads;
import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.model.ViewOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Builds view definitions with what the analyzer learns from their queries. */
public final class ViewDefinitions implements AutoCloseable {

  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  /** A dialect's query and what the analyzer learnt from it. */
  public record AnalysedDialect(DialectQuery query, QueryAnalysis analysis) {}

  /**
   * @throws InvalidQueryException when the query cannot define a view
   */
  public ViewDefinition define(
      String name,
      String sql,
      String declaredBy,
      List<String> dependsOn,
      Optional<String> renamedFrom) {
    return define(
        name,
        sql,
        analyzer.analyze(sql),
        declaredBy,
        dependsOn,
        renamedFrom,
        List.of(),
        ViewOptions.NONE);
  }

  /**
   * @throws InvalidQueryException when the query cannot define a view
   */
  public QueryAnalysis analyze(String sql) {
    return analyzer.analyze(sql);
  }

  /**
   * A view whose dialects replace its query on their databases: it reads what any of its queries
   * reads, and is known to read only that when every one of them was parsed.
   *
   * @param analysis what {@link #analyze} learnt from the portable query {@code sql}
   */
  public static ViewDefinition define(
      String name,
      String sql,
      QueryAnalysis analysis,
      String declaredBy,
      List<String> dependsOn,
      Optional<String> renamedFrom,
      List<AnalysedDialect> dialects,
      ViewOptions options) {
    List<QueryAnalysis> all = new ArrayList<>(List.of(analysis));
    dialects.forEach(dialect -> all.add(dialect.analysis()));
    return ViewDefinition.builder(name, sql, declaredBy, analysis.hash())
        .reads(union(all, QueryAnalysis::reads))
        .columns(analysis.columns())
        .dependsOn(dependsOn)
        .renamedFrom(renamedFrom)
        .columnReads(
            union(all, a -> a.columnReads().map(ColumnReads::entries)).map(ColumnReads::new))
        .dialects(dialects.stream().map(AnalysedDialect::query).toList())
        .options(options)
        .build();
  }

  /**
   * @throws InvalidQueryException when the query cannot define a view
   */
  public AnalysedDialect dialect(String database, String sql) {
    return dialect(database, sql, analyzer.analyze(QueryText.forDatabase(database, sql)));
  }

  /** A dialect's query with what the analyzer learnt from it. */
  public static AnalysedDialect dialect(String database, String sql, QueryAnalysis analysis) {
    return new AnalysedDialect(
        new DialectQuery(database, sql, analysis.hash(), analysis.columns()), analysis);
  }

  /** Every query's values, or none when one of them is unknown. */
  private static Optional<List<String>> union(
      List<QueryAnalysis> analyses,
      Function<QueryAnalysis, Optional<? extends Collection<String>>> values) {
    Set<String> union = new TreeSet<>();
    for (QueryAnalysis analysis : analyses) {
      Optional<? extends Collection<String>> known = values.apply(analysis);
      if (known.isEmpty()) {
        return Optional.empty();
      }
      union.addAll(known.get());
    }
    return Optional.of(List.copyOf(union));
  }

  @Override
  public void close() {
    analyzer.close();
  }

  /** A view with nothing but a name and a query, as tests and simple callers need. */
  public ViewDefinition define(String name, String sql, String declaredBy) {
    return define(name, sql, declaredBy, List.of(), Optional.empty());
  }
}
