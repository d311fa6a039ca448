package dev.strata.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewOptions;
import dev.strata.processor.plan.Arguments;
import dev.strata.processor.plan.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes the arguments of one {@code Operations} call as Java code that reads as what it declares:
 * {@code Column.of("id", "BIGINT").generatedAsIdentity()}, not four positional values.
 */
final class CallArguments implements Arguments {

  private static final String RUNTIME = "dev.strata.runtime";
  private static final ClassName TABLE = ClassName.get(RUNTIME, "Table");
  private static final ClassName COLUMN = ClassName.get(RUNTIME, "Column");
  private static final ClassName INDEX = ClassName.get(RUNTIME, "Index");
  private static final ClassName FOREIGN_KEY = ClassName.get(RUNTIME, "ForeignKey");
  private static final ClassName CHECK = ClassName.get(RUNTIME, "Check");
  private static final ClassName VIEW_QUERY = ClassName.get(RUNTIME, "ViewQuery");

  private final List<CodeBlock> arguments = new ArrayList<>();

  private CallArguments() {}

  /** The arguments of {@code operation}'s call, separated by commas. */
  static CodeBlock of(Operation operation) {
    CallArguments call = new CallArguments();
    operation.writeArguments(call);
    return CodeBlock.join(call.arguments, ", ");
  }

  @Override
  public void name(String name) {
    arguments.add(CodeBlock.of("$S", name));
  }

  @Override
  public void number(long value) {
    arguments.add(CodeBlock.of("$LL", value));
  }

  @Override
  public void sql(String query) {
    arguments.add(StringLiterals.of(query));
  }

  @Override
  public void query(String sql, List<DialectQuery> dialects, ViewOptions options) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.of($L)", VIEW_QUERY, StringLiterals.of(sql)).indent();
    for (DialectQuery dialect : dialects) {
      code.add("\n.on($S, $L)", dialect.database(), StringLiterals.of(dialect.sql()));
    }
    // only what differs from the defaults, so that the call reads as the annotation does
    if (options.checkOption() != ViewOptions.NONE.checkOption()) {
      code.add("\n.with($T.CheckOption.$L)", VIEW_QUERY, options.checkOption());
    }
    if (options.security() != ViewOptions.NONE.security()) {
      code.add("\n.with($T.Security.$L)", VIEW_QUERY, options.security());
    }
    if (options.securityBarrier()) {
      code.add("\n.withSecurityBarrier()");
    }
    if (options.algorithm() != ViewOptions.NONE.algorithm()) {
      code.add("\n.with($T.Algorithm.$L)", VIEW_QUERY, options.algorithm());
    }
    arguments.add(code.unindent().build());
  }

  @Override
  public void table(TableDefinition table) {
    CodeBlock.Builder columns = CodeBlock.builder().add("$T.of(", List.class).indent();
    for (int i = 0; i < table.columns().size(); i++) {
      columns.add(i == 0 ? "\n$L" : ",\n$L", columnCode(table.columns().get(i)));
    }
    columns.unindent().add(")");
    arguments.add(
        CodeBlock.of(
            "new $T($S, $L, $L)$L",
            TABLE,
            table.name(),
            columns.build(),
            strings(table.primaryKey()),
            table
                .comment()
                .map(text -> CodeBlock.of(".withComment($L)", StringLiterals.of(text)))
                .orElse(CodeBlock.of(""))));
  }

  @Override
  public void comment(Optional<String> text) {
    arguments.add(
        text.map(value -> CodeBlock.of("$T.of($L)", Optional.class, StringLiterals.of(value)))
            .orElse(CodeBlock.of("$T.empty()", Optional.class)));
  }

  @Override
  public void column(ColumnDefinition column) {
    arguments.add(columnCode(column));
  }

  @Override
  public void index(IndexDefinition index) {
    arguments.add(indexCode(index));
  }

  @Override
  public void flag(boolean value) {
    arguments.add(CodeBlock.of("$L", value));
  }

  @Override
  public void indexes(List<IndexDefinition> indexes) {
    List<CodeBlock> items = indexes.stream().map(CallArguments::indexCode).toList();
    arguments.add(CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ", ")));
  }

  private static CodeBlock indexCode(IndexDefinition index) {
    CodeBlock code =
        CodeBlock.of(
            "$T.$L($S, $L)",
            INDEX,
            index.unique() ? "uniqueOn" : "on",
            index.name(),
            strings(index.columns()));
    return index.descending().isEmpty()
        ? code
        : CodeBlock.of("$L.withDescending($L)", code, strings(index.descending()));
  }

  @Override
  public void foreignKey(ForeignKeyDefinition key) {
    CodeBlock columns =
        CodeBlock.of(
            "$S, $L, $S, $L",
            key.name(),
            strings(key.columns()),
            key.referencedTable(),
            strings(key.referencedColumns()));
    arguments.add(
        key.onDelete() == ForeignKeyDefinition.OnDelete.NO_ACTION
            ? CodeBlock.of("new $T($L)", FOREIGN_KEY, columns)
            : CodeBlock.of(
                "new $T($L, $T.$L)",
                FOREIGN_KEY,
                columns,
                FOREIGN_KEY.nestedClass("OnDelete"),
                key.onDelete().name()));
  }

  @Override
  public void step(String packageName, String className) {
    // from the package given apart: guessing it from the name fails on com.Acme.crm.Fill
    String[] simpleNames = className.substring(packageName.length() + 1).split("\\.");
    ClassName type =
        ClassName.get(
            packageName, simpleNames[0], Arrays.copyOfRange(simpleNames, 1, simpleNames.length));
    // named as Class.getName() and stack traces name it
    String binaryName = packageName + "." + String.join("$", simpleNames);
    // a lambda, not Step::new: the class is resolved, and its constructor runs, inside Strata's
    // runStep, which names the step when either fails
    arguments.add(CodeBlock.of("$S, () -> new $T()", binaryName, type));
  }

  @Override
  public void check(CheckDefinition check) {
    arguments.add(CodeBlock.of("new $T($S, $S)", CHECK, check.name(), check.condition()));
  }

  private static CodeBlock columnCode(ColumnDefinition column) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.of($S, $S)", COLUMN, column.name(), column.type());
    // an identity column is never NULL on any database, so it needs no notNull()
    if (column.identity()) {
      code.add(".generatedAsIdentity()");
    } else if (!column.nullable()) {
      code.add(".notNull()");
    }
    column.defaultValue().ifPresent(value -> code.add(".withDefault($S)", value));
    column.comment().ifPresent(text -> code.add(".withComment($L)", StringLiterals.of(text)));
    return code.build();
  }

  private static CodeBlock strings(List<String> values) {
    List<CodeBlock> literals = values.stream().map(value -> CodeBlock.of("$S", value)).toList();
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(literals, ", "));
  }
}
