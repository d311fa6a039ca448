package dev.strata.processor;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.InvalidQueryException;
import dev.strata.processor.sql.QueryAnalysis;
import dev.strata.processor.sql.ViewDefinitions;
import dev.strata.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
    try (ViewDefinitions definitions = new ViewDefinitions()) {
      return model(views, report, definitions);
    }
  }

  private Schema model(
      List<DeclaredView> views, ValidationReport report, ViewDefinitions definitions) {
    List<ViewDefinition> modelled = new ArrayList<>();
    for (DeclaredView view : views) {
      ViewDefinition known = analysed.get(view.name());
      if (known != null
          && known.sql().equals(view.sql())
          && known.dialects().isEmpty()
          && view.dialects().isEmpty()) {
        if (known.reads().isEmpty() && view.inRound()) {
          report.note(Messages.UNPARSED_SQL, view.element(), view.annotation(), view.sqlValue());
        }
        modelled.add(reused(view, known).withMaterialized(view.storage().model()));
        continue;
      }
      List<ViewDefinitions.AnalysedDialect> dialects = new ArrayList<>();
      for (DeclaredDialect dialect : view.dialects()) {
        new Analysis(view, dialect.annotation(), dialect.sqlValue(), report)
            .apply(
                () -> definitions.dialect(dialect.database(), dialect.sql()),
                ViewDefinitions.AnalysedDialect::analysis)
            .ifPresent(dialects::add);
      }
      new Analysis(view, view.annotation(), view.sqlValue(), report)
          .apply(() -> definitions.analyze(view.sql()), analysis -> analysis)
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
    return report.isClean() ? new Schema(modelled) : null;
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

  /** One query of a view, analysed with what goes wrong reported at {@code value}. */
  private record Analysis(
      DeclaredView view,
      AnnotationMirror annotation,
      AnnotationValue value,
      ValidationReport report) {

    <T> Optional<T> apply(Supplier<T> analyze, Function<T, QueryAnalysis> analysis) {
      try {
        T result = analyze.get();
        if (analysis.apply(result).reads().isEmpty() && view.inRound()) {
          report.note(Messages.UNPARSED_SQL, view.element(), annotation, value);
        }
        return Optional.of(result);
      } catch (InvalidQueryException e) {
        report.error(Messages.invalidSql(e.getMessage()), view.element(), annotation, value);
      } catch (RuntimeException | StackOverflowError e) {
        // isolated: a failure on one query must not hide what the other views have to say
        report.error(Messages.analysisFailed(e), view.element(), annotation, value);
      }
      return Optional.empty();
    }
  }
}
