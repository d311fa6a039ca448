package dev.strata.processor.sql;

import dev.strata.processor.model.ViewDefinition;
import java.util.List;
import java.util.Optional;

/** Builds view definitions with what the analyzer learns from their queries. */
public final class ViewDefinitions implements AutoCloseable {

  private final QueryAnalyzer analyzer = new QueryAnalyzer();

  /**
   * @throws InvalidQueryException when the query cannot define a view
   */
  public ViewDefinition define(
      String name,
      String sql,
      String declaredBy,
      List<String> dependsOn,
      Optional<String> renamedFrom) {
    QueryAnalysis analysis = analyzer.analyze(sql);
    return new ViewDefinition(
        name,
        sql,
        declaredBy,
        analysis.hash(),
        analysis.reads().map(List::copyOf),
        analysis.columns(),
        dependsOn,
        renamedFrom,
        analysis.columnReads());
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
