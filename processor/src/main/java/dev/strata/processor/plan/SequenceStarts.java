package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.TableOperation.StartSequenceAfterKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sequences a version creates that must start after keys rows already hold, as Hibernate
 * creates them at their start, below those keys. A table that existed before and now records a
 * sequence the version creates (a key given {@code @GeneratedValue} where the application assigned
 * it, a new {@code @SequenceGenerator}, several sequences merged into one shared one) has it start
 * after its keys. A sequence that entities share is recorded by one of their tables only (see
 * {@link TableSequencer}), so a table that existed before, loses the sequence it recorded with the
 * version and records none now may take its keys from one the version creates for another table:
 * each of those starts after its keys too, which at worst leaves numbers unused. Versions recorded
 * under rules before {@link PlanningRules#KEY_GENERATORS_FOLLOW_TABLES} create them at their start,
 * as they did, so that their checksums hold.
 */
final class SequenceStarts {

  private final Schema from;
  private final Schema to;
  private final Renames renames;
  private final KeyGeneratorRenames generatorRenames;
  private final boolean planned;

  SequenceStarts(
      Schema from,
      Schema to,
      Renames renames,
      KeyGeneratorRenames generatorRenames,
      PlanningRules rules) {
    this.from = from;
    this.to = to;
    this.renames = renames;
    this.generatorRenames = generatorRenames;
    this.planned = rules.compareTo(PlanningRules.KEY_GENERATORS_FOLLOW_TABLES) >= 0;
  }

  /**
   * The starts after keys, once every table is renamed, its columns changed and every sequence
   * created, so that each reads the keys under their new names.
   */
  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    if (!planned) {
      return operations;
    }
    for (TableDefinition after : to.tables()) {
      Optional<TableDefinition> before = from.table(renames.oldTableName(after.name()));
      Optional<String> key = singleKey(after);
      if (before.isEmpty() || key.isEmpty()) {
        continue;
      }
      List<SequenceDefinition> sequences =
          losesItsSequence(before.get(), after) ? createdElsewhere(after) : created(after);
      for (SequenceDefinition sequence : sequences) {
        if (sequence.increment() > 0) {
          operations.add(
              new StartSequenceAfterKeys(
                  after.name(), sequence.name(), sequence.increment(), key.get()));
        }
      }
    }
    return operations;
  }

  /** Whether the version creates {@code sequence}, rather than keeping or renaming one. */
  boolean creates(SequenceDefinition sequence) {
    return !holds(from, sequence) && !generatorRenames.renamesTo(sequence);
  }

  /**
   * Whether {@code before} recorded a sequence the version drops and {@code after} records none:
   * its keys may now come from a sequence another table records.
   */
  boolean losesItsSequence(TableDefinition before, TableDefinition after) {
    return after.sequences().isEmpty()
        && before.sequences().stream()
            .anyMatch(
                sequence -> !holds(to, sequence) && !generatorRenames.renamesFrom(sequence.name()));
  }

  private List<SequenceDefinition> created(TableDefinition table) {
    return table.sequences().stream().filter(this::creates).toList();
  }

  private List<SequenceDefinition> createdElsewhere(TableDefinition table) {
    return to.tables().stream()
        .filter(other -> !other.name().equals(table.name()))
        .flatMap(other -> created(other).stream())
        .toList();
  }

  // a sequence fills one key column; which one of a composite key, the snapshot does not say
  private static Optional<String> singleKey(TableDefinition table) {
    return table.primaryKey().size() == 1
        ? Optional.of(table.primaryKey().get(0))
        : Optional.empty();
  }

  private static boolean holds(Schema schema, SequenceDefinition sequence) {
    return schema.tables().stream().anyMatch(table -> table.sequences().contains(sequence));
  }
}
