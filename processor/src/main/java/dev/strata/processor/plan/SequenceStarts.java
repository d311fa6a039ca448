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
 * The sequences that must start after keys rows already hold, as Hibernate creates a sequence at
 * its start and a sequence goes on from where it stands. A table that existed before and takes its
 * keys from a sequence it did not take them from before, which it records or shares with a table
 * that records it (a key given {@code @GeneratedValue} where the application assigned it, a new
 * {@code @SequenceGenerator}, several sequences merged into one shared one, a sequence other
 * entities share already), has that sequence start after its keys; one that keeps its sequence, or
 * whose sequence is renamed with it, keeps its position. A snapshot recorded before shared
 * sequences were kept says nothing of a table's shared one: such a table is taken to have had none,
 * which at worst starts its sequence after keys it gave, a start that changes nothing. Versions
 * recorded under rules before {@link PlanningRules#KEY_GENERATORS_FOLLOW_TABLES} create sequences
 * at their start, as they did, so that their checksums hold.
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
      for (SequenceDefinition sequence : keySequences(after)) {
        if (sequence.increment() > 0
            && !generatorRenames.renamesTo(sequence)
            && !usedBy(before.get(), sequence)) {
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
    return !TableSequencer.holds(from, sequence) && !generatorRenames.renamesTo(sequence);
  }

  // its own and those it shares; a snapshot recorded before keySequences were kept has its own
  private static List<SequenceDefinition> keySequences(TableDefinition table) {
    List<SequenceDefinition> sequences = new ArrayList<>(table.keySequences());
    table.sequences().stream()
        .filter(own -> sequences.stream().noneMatch(q -> q.name().equalsIgnoreCase(own.name())))
        .forEach(sequences::add);
    return sequences;
  }

  /** Whether {@code table} took its keys from a sequence of that name before the version. */
  private static boolean usedBy(TableDefinition table, SequenceDefinition sequence) {
    return keySequences(table).stream()
        .anyMatch(used -> used.name().equalsIgnoreCase(sequence.name()));
  }

  // a sequence fills one key column; which one of a composite key, the snapshot does not say
  private static Optional<String> singleKey(TableDefinition table) {
    return table.primaryKey().size() == 1
        ? Optional.of(table.primaryKey().get(0))
        : Optional.empty();
  }
}
