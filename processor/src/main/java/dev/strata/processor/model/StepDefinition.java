package dev.strata.processor.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A hand-written step as a snapshot records it in the version that runs it: which class, and where
 * in the migration. Its revision and whether it has a downgrade are the code's to say, read from
 * the class at every build.
 *
 * @param className the step's canonical class name, as generated code refers to it
 * @param position before or after the version's generated operations
 */
public record StepDefinition(String className, StepPosition position) {

  private static final Pattern CLASS_NAME =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
              + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  public StepDefinition {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(position, "position");
    if (!CLASS_NAME.matcher(className).matches()) {
      throw new IllegalArgumentException("Not a Java class name: '" + className + "'");
    }
  }

  /** The class's simple name, for descriptions. */
  public String simpleName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
