package dev.strata.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.strata.processor.plan.Operation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a migration's {@code upgrade} or {@code downgrade} method. The JVM limits a method to 64
 * KiB of bytecode, which one call per view exceeds at a few thousand views; a longer method is
 * split into private methods that {@code upgrade} calls in order, each far below the limit. A
 * migration that fits one method is written as one, as it always was.
 */
final class MigrationMethods {

  /**
   * Characters of generated source per method. A call's bytecode is smaller than its source text
   * (about a third for {@code ops.createView("name", "sql")}, never above three quarters), so this
   * keeps each method below half the JVM's limit.
   */
  static final int SOURCE_CHARS_PER_METHOD = 32_000;

  private MigrationMethods() {}

  /** {@code name} itself, followed by the methods it calls when it had to be split. */
  static List<MethodSpec> of(String name, List<Operation> operations) {
    List<List<CodeBlock>> chunks = chunks(statements(operations));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(MigrationWriter.OPERATIONS, "ops");
    if (chunks.size() <= 1) {
      chunks.forEach(chunk -> chunk.forEach(method::addCode));
      return List.of(method.build());
    }
    List<MethodSpec> parts = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      String part = name + (i + 1);
      method.addStatement("$L(ops)", part);
      parts.add(part(part, chunks.get(i)));
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(method.build());
    methods.addAll(parts);
    return methods;
  }

  private static MethodSpec part(String name, List<CodeBlock> statements) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(MigrationWriter.OPERATIONS, "ops");
    statements.forEach(method::addCode);
    return method.build();
  }

  /** Each operation's call, with the comment that says why it is there. */
  private static List<CodeBlock> statements(List<Operation> operations) {
    List<CodeBlock> statements = new ArrayList<>();
    for (Operation operation : operations) {
      CodeBlock.Builder statement = CodeBlock.builder();
      if (!operation.reason().isEmpty()) {
        statement.add("// $L\n", operation.reason());
      }
      statement.addStatement("ops.$L($L)", operation.method(), CallArguments.of(operation));
      statements.add(statement.build());
    }
    return statements;
  }

  private static List<List<CodeBlock>> chunks(List<CodeBlock> statements) {
    List<List<CodeBlock>> chunks = new ArrayList<>();
    List<CodeBlock> chunk = new ArrayList<>();
    int size = 0;
    for (CodeBlock statement : statements) {
      int length = statement.toString().length();
      if (!chunk.isEmpty() && size + length > SOURCE_CHARS_PER_METHOD) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        size = 0;
      }
      chunk.add(statement);
      size += length;
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }
}
