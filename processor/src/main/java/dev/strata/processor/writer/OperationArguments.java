package dev.strata.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.Operation;
import java.util.List;

/** Writes the arguments of one {@code Operations} call as Java code. */
final class OperationArguments {

  private static final String RUNTIME = "dev.strata.runtime";
  private static final ClassName TABLE = ClassName.get(RUNTIME, "Table");
  private static final ClassName COLUMN = ClassName.get(RUNTIME, "Column");
  private static final ClassName INDEX = ClassName.get(RUNTIME, "Index");
  private static final ClassName FOREIGN_KEY = ClassName.get(RUNTIME, "ForeignKey");

  private OperationArguments() {}

  static CodeBlock of(Operation operation) {
    return switch (operation.kind()) {
      case DROP_VIEW, DROP_TABLE -> CodeBlock.of("$S", operation.target());
      case CREATE_TABLE -> table((TableDefinition) operation.definition().orElseThrow());
      case ADD_COLUMN, ALTER_COLUMN ->
          CodeBlock.of(
              "$S, $L",
              operation.target(),
              column((ColumnDefinition) operation.definition().orElseThrow()));
      case RENAME_COLUMN -> {
        String[] names = operation.argument().split(" ");
        yield CodeBlock.of("$S, $S, $S", operation.target(), names[0], names[1]);
      }
      case CREATE_INDEX -> {
        IndexDefinition index = (IndexDefinition) operation.definition().orElseThrow();
        yield CodeBlock.of(
            "$S, new $T($S, $L, $L)",
            operation.target(),
            INDEX,
            index.name(),
            strings(index.columns()),
            index.unique());
      }
      case ADD_FOREIGN_KEY -> {
        ForeignKeyDefinition key = (ForeignKeyDefinition) operation.definition().orElseThrow();
        yield CodeBlock.of(
            "$S, new $T($S, $L, $S, $L)",
            operation.target(),
            FOREIGN_KEY,
            key.name(),
            strings(key.columns()),
            key.referencedTable(),
            strings(key.referencedColumns()));
      }
      default -> CodeBlock.of("$S, $S", operation.target(), operation.argument());
    };
  }

  private static CodeBlock table(TableDefinition table) {
    CodeBlock.Builder columns = CodeBlock.builder().add("$T.of(", List.class).indent();
    for (int i = 0; i < table.columns().size(); i++) {
      columns.add(i == 0 ? "\n$L" : ",\n$L", column(table.columns().get(i)));
    }
    columns.unindent().add(")");
    return CodeBlock.of(
        "new $T($S, $L, $L)", TABLE, table.name(), columns.build(), strings(table.primaryKey()));
  }

  private static CodeBlock column(ColumnDefinition column) {
    return CodeBlock.of(
        "new $T($S, $S, $L, $L)",
        COLUMN,
        column.name(),
        column.type(),
        column.nullable(),
        column.identity());
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return list.add(")").build();
  }
}
