package dev.strata.processor.plan;

import dev.strata.processor.model.StepDefinition;
import java.util.Objects;

/**
 * A hand-written step as one version's migration calls it: what the snapshot records, with what the
 * step's code says at this build.
 *
 * @param definition the class and position the snapshot records
 * @param packageName the package of the class, which its canonical name alone does not tell apart
 *     from an enclosing class where names break Java's conventions ({@code com.Acme.crm.Fill},
 *     {@code com.example.fill})
 * @param revision the code's revision, part of the checksum
 * @param reversible whether the class overrides {@code downgrade}; a step without one makes its
 *     version irreversible. Not part of the checksum: giving an applied step a downgrade changes
 *     nothing a database ran.
 */
public record StepCall(
    StepDefinition definition, String packageName, int revision, boolean reversible) {

  public StepCall {
    Objects.requireNonNull(definition, "definition");
    if (!definition.className().startsWith(packageName + ".")) {
      throw new IllegalArgumentException(
          "Step " + definition.className() + " is not in package '" + packageName + "'");
    }
    if (revision < 1) {
      throw new IllegalArgumentException("Step revisions start at 1, got " + revision);
    }
  }

  public String className() {
    return definition.className();
  }
}
