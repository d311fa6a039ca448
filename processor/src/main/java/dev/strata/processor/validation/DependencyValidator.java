package dev.strata.processor.validation;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks how the views of a schema depend on each other: every {@code dependsOn} names a view of
 * the module, and no views read each other in a cycle.
 */
public final class DependencyValidator {

  public ValidationReport validate(Schema schema, List<DeclaredView> views) {
    ValidationReport report = new ValidationReport();
    Set<String> names =
        schema.views().stream()
            .map(view -> view.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    for (DeclaredView view : views) {
      for (String dependency : view.dependsOn()) {
        if (!names.contains(dependency.toLowerCase(Locale.ROOT))) {
          report.error(
              ValidationMessages.unknownDependency(dependency),
              view.element(),
              view.annotation(),
              view.dependsOnValue().orElse(null));
        }
      }
    }
    Optional<List<String>> cycle = schema.dependencies().cycle();
    if (cycle.isPresent()) {
      for (DeclaredView view : views) {
        if (cycle.get().contains(view.name())) {
          report.error(
              ValidationMessages.dependencyCycle(cycle.get()),
              view.element(),
              view.annotation(),
              null);
        }
      }
    }
    return report;
  }
}
