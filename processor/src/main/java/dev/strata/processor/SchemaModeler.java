package dev.strata.processor;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.InvalidQueryException;
import dev.strata.processor.sql.ViewDefinitions;
import dev.strata.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
      try {
        ViewDefinition definition =
            define(view, definitions).withMaterialized(view.storage().model());
        if (definition.reads().isEmpty() && view.inRound()) {
          report.note(Messages.UNPARSED_SQL, view.element(), view.annotation(), view.sqlValue());
        }
        modelled.add(definition);
      } catch (InvalidQueryException e) {
        report.error(
            Messages.invalidSql(e.getMessage()),
            view.element(),
            view.annotation(),
            view.sqlValue());
      } catch (RuntimeException | StackOverflowError e) {
        // isolated: a failure on one query must not hide what the other views have to say
        report.error(
            Messages.analysisFailed(e), view.element(), view.annotation(), view.sqlValue());
      }
    }
    return report.isClean() ? new Schema(modelled) : null;
  }

  private ViewDefinition define(DeclaredView view, ViewDefinitions definitions) {
    ViewDefinition known = analysed.get(view.name());
    if (known != null && known.sql().equals(view.sql())) {
      return new ViewDefinition(
          view.name(),
          view.sql(),
          view.className(),
          known.hash(),
          known.reads(),
          known.columns(),
          view.dependsOn(),
          view.renamedFrom(),
          known.columnReads());
    }
    return definitions.define(
        view.name(), view.sql(), view.className(), view.dependsOn(), view.renamedFrom());
  }
}
