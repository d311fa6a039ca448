package dev.strata.processor;

import dev.strata.processor.jpa.ColumnMatcher;
import dev.strata.processor.jpa.FieldMapper;
import dev.strata.processor.jpa.ViewEntityNameCheck;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.options.ProcessorOptions;
import dev.strata.processor.validation.DependencyValidator;
import dev.strata.processor.validation.DialectValidator;
import dev.strata.processor.validation.IndexColumnsValidator;
import dev.strata.processor.validation.RenameValidator;
import dev.strata.processor.validation.ReservedViewNames;
import dev.strata.processor.validation.StorageValidator;
import dev.strata.processor.validation.TargetSyntaxValidator;
import dev.strata.processor.validation.ValidationReport;
import dev.strata.processor.validation.ViewValidator;
import dev.strata.processor.validation.ViewVerifier;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;

/**
 * Runs the validation stages in order, printing each report once and going on only while they are
 * clean: declarations, then the model with its queries, then dependencies and renames, then the
 * compile-time run of every query against the module's tables, with the fields of the entities
 * mapped on them.
 */
final class SchemaAssembler {

  private final Messager messager;
  private final ProcessorOptions options;
  private final FieldMapper mapper;

  SchemaAssembler(Messager messager, ProcessorOptions options, FieldMapper mapper) {
    this.messager = messager;
    this.options = options;
    this.mapper = mapper;
  }

  /**
   * The module's schema, tables included, or null when a stage reported an error.
   *
   * @param committed the newest snapshot's schema, which renames are checked against
   * @param analysed by name, views of the newest snapshot whose analysis needs no new parse
   */
  Schema assemble(
      List<DeclaredView> views,
      List<TableDefinition> tables,
      Schema committed,
      Map<String, ViewDefinition> analysed)
      throws SQLException {
    ValidationReport declarations = new ViewValidator().validate(views);
    if (!printed(declarations)
        || !printed(new ReservedViewNames(options.targets()).validate(views))
        || !printed(new DialectValidator(options.targets()).validate(views))
        || !printed(
            new TargetSyntaxValidator(options.targets(), options.postgresqlVersion())
                .validate(views))
        || !printed(new StorageValidator().validate(views))
        || !printed(new ViewEntityNameCheck(mapper).check(views))) {
      return null;
    }
    ValidationReport queries = new ValidationReport();
    Schema viewsOnly = new SchemaModeler(analysed).model(views, queries);
    if (!printed(queries) || viewsOnly == null) {
      return null;
    }
    Schema schema = viewsOnly.withTables(tables);
    if (!printed(new DependencyValidator().validate(schema, views))
        || !printed(new RenameValidator().validate(committed, schema, views))) {
      return null;
    }
    ViewVerifier.Verification verification = new ViewVerifier(options).verify(schema, views);
    ValidationReport fields =
        new ColumnMatcher(mapper, options.dialect(), options.targets(), schema)
            .match(views, verification);
    ValidationReport indexes =
        new IndexColumnsValidator().validate(schema, views, verification.columns());
    // all printed: a failing query in one view must not hide a field mismatch in another
    boolean queriesRan = printed(verification.report());
    boolean fieldsMatch = printed(fields);
    boolean indexesMatch = printed(indexes);
    return queriesRan && fieldsMatch && indexesMatch ? schema : null;
  }

  private boolean printed(ValidationReport report) {
    report.printTo(messager);
    return report.isClean();
  }
}
