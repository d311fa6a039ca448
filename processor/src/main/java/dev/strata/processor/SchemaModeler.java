package dev.strata.processor;

import dev.strata.processor.model.QualifiedReads;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.QueryAnalyses;
import dev.strata.processor.sql.QueryAnalysis;
import dev.strata.processor.sql.QueryText;
import dev.strata.processor.sql.ViewDefinitions;
import dev.strata.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Turns validated view declarations into the immutable schema model, analysing each query on the
 * way: SQL that cannot define a view is an error on its {@code sql} value, SQL the parser does not
 * understand a note, and a failure while analysing one query an error on that query alone.
 */
final class SchemaModeler {

  private final Map<String, ViewDefinition> analysed;

  /**
   * @param analysed by name, recorded views whose analysis this processor is known to repeat: a
   *     view declared with the very same SQL text takes its analysis from there, unparsed
   */
  SchemaModeler(Map<String, ViewDefinition> analysed) {
    this.analysed = Map.copyOf(analysed);
  }

  /** The schema, or null when the report holds an error. */
  Schema model(List<DeclaredView> views, ValidationReport report) {
    List<QueryText> queries = new ArrayList<>();
    for (DeclaredView view : views) {
      if (reusable(view).isEmpty()) {
        view.dialects()
            .forEach(
                dialect -> queries.add(QueryText.forDatabase(dialect.database(), dialect.sql())));
        queries.add(QueryText.portable(view.sql()));
      }
    }
    // analysed all at once, then reported view by view in the order of the views, as before
    Iterator<QueryAnalyses.Outcome> outcomes = new QueryAnalyses().analyze(queries).iterator();
    List<ViewDefinition> modelled = new ArrayList<>();
    for (DeclaredView view : views) {
      Optional<ViewDefinition> known = reusable(view);
      if (known.isPresent()) {
        if (known.get().reads().isEmpty() && view.inRound()) {
          report.note(Messages.UNPARSED_SQL, view.element(), view.annotation(), view.sqlValue());
        }
        modelled.add(reused(view, known.get()).withMaterialized(view.storage().model()));
        continue;
      }
      List<ViewDefinitions.AnalysedDialect> dialects = new ArrayList<>();
      for (DeclaredDialect dialect : view.dialects()) {
        new Analysis(view, dialect.annotation(), dialect.sqlValue(), report)
            .apply(outcomes.next())
            .map(analysis -> ViewDefinitions.dialect(dialect.database(), dialect.sql(), analysis))
            .ifPresent(dialects::add);
      }
      new Analysis(view, view.annotation(), view.sqlValue(), report)
          .apply(outcomes.next())
          .filter(analysis -> dialects.size() == view.dialects().size())
          .map(
              analysis ->
                  ViewDefinitions.define(
                      view.name(),
                      view.sql(),
                      analysis,
                      view.className(),
                      view.dependsOn(),
                      view.renamedFrom(),
                      dialects,
                      view.options()))
          .map(definition -> definition.withMaterialized(view.storage().model()))
          .ifPresent(modelled::add);
    }
    return report.isClean() ? new Schema(QualifiedReads.resolve(modelled)) : null;
  }

  /** The recorded view whose analysis this declaration takes, unparsed. */
  private Optional<ViewDefinition> reusable(DeclaredView view) {
    ViewDefinition known = analysed.get(view.name());
    return known != null
            && known.sql().equals(view.sql())
            && known.dialects().isEmpty()
            && view.dialects().isEmpty()
        ? Optional.of(known)
        : Optional.empty();
  }

  /** A view declared with the very SQL text of a recorded one, whose analysis it takes. */
  private static ViewDefinition reused(DeclaredView view, ViewDefinition known) {
    return ViewDefinition.builder(view.name(), view.sql(), view.className(), known.hash())
        .reads(known.reads())
        .columns(known.columns())
        .dependsOn(view.dependsOn())
        .renamedFrom(view.renamedFrom())
        .columnReads(known.columnReads())
        .options(view.options())
        .build();
  }

  /** One query of a view, analysed, with what went wrong reported at {@code value}. */
  private record Analysis(
      DeclaredView view,
      AnnotationMirror annotation,
      AnnotationValue value,
      ValidationReport report) {

    Optional<QueryAnalysis> apply(QueryAnalyses.Outcome outcome) {
      if (outcome instanceof QueryAnalyses.Analysed analysed) {
        if (analysed.analysis().reads().isEmpty() && view.inRound()) {
          report.note(Messages.UNPARSED_SQL, view.element(), annotation, value);
        }
        return Optional.of(analysed.analysis());
      }
      if (outcome instanceof QueryAnalyses.Invalid invalid) {
        // the value is the query: the error says where in it the fault is
        String reason =
            value != null && value.getValue() instanceof String sql
                ? invalid.reason().describedIn(sql)
                : invalid.reason().getMessage();
        report.error(Messages.invalidSql(reason), view.element(), annotation, value);
      } else if (outcome instanceof QueryAnalyses.Failed failed) {
        failedOn(failed.failure());
      }
      return Optional.empty();
    }

    private void failedOn(Throwable failure) {
      if (failure instanceof RuntimeException || failure instanceof StackOverflowError) {
        // isolated: a failure on one query must not hide what the other views have to say
        report.error(Messages.analysisFailed(failure), view.element(), annotation, value);
      } else if (failure instanceof Error error) {
        throw error;
      } else {
        throw new IllegalStateException(failure);
      }
    }
  }
}
