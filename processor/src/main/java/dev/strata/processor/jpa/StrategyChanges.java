package dev.strata.processor.jpa;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance.Strategy;
import dev.strata.processor.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * A change of an entity hierarchy's inheritance strategy, found by comparing the strategy each
 * entity class had in the newest snapshot with the one it has now. Realising it means moving rows
 * between tables, which no table operation does: the tables created and dropped instead would lose
 * them, so it is an error on the entity, with the way out.
 */
public final class StrategyChanges {

  private final List<EntityCollector.DeclaredEntity> entities;

  public StrategyChanges(List<EntityCollector.DeclaredEntity> entities) {
    this.entities = entities;
  }

  /** Errors for the entities whose hierarchy changes strategy between the two schemas. */
  public ValidationReport check(Schema before, Schema after) {
    ValidationReport report = new ValidationReport();
    Map<String, Strategy> old = strategies(before);
    strategies(after)
        .forEach(
            (entity, strategy) -> {
              Strategy previous = old.get(entity);
              if (previous != null && previous != strategy) {
                report.error(
                    InheritanceMessages.strategyChange(entity, previous, strategy),
                    element(entity).orElse(null),
                    null,
                    null);
              }
            });
    return report;
  }

  /** Each entity class of a hierarchy, by qualified name, with its strategy; sorted by name. */
  private static Map<String, Strategy> strategies(Schema schema) {
    Map<String, Strategy> strategies = new TreeMap<>();
    for (TableDefinition table : schema.tables()) {
      table
          .inheritance()
          .ifPresent(
              inheritance -> {
                strategies.put(table.declaredBy(), inheritance.strategy());
                inheritance
                    .subclasses()
                    .forEach(subclass -> strategies.put(subclass, inheritance.strategy()));
              });
    }
    return strategies;
  }

  private Optional<Element> element(String entity) {
    return entities.stream()
        .filter(e -> e.element().getQualifiedName().contentEquals(entity))
        .map(e -> (Element) e.element())
        .findFirst();
  }
}
