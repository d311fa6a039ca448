package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.KeyUser;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.TableOperation.Execute;
import dev.strata.processor.plan.TableOperation.StartSequenceAfterKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key generators that must give values after keys rows already hold, as Hibernate creates a
 * sequence at its start and inserts a {@code @TableGenerator} row at its initial value, and either
 * goes on from where it stands. A table that existed before and takes its keys from a sequence or a
 * row it did not take them from before (a key given {@code @GeneratedValue} where the application
 * assigned it, a new {@code @SequenceGenerator}, several sequences merged into one shared one, a
 * sequence or segment other entities use already) has it moved past its keys, never back; one that
 * keeps its generator, or whose generator is renamed with it, keeps its position. A snapshot
 * recorded before the tables' {@code keySequences} and the rows' {@code users} were kept says
 * nothing of a shared one: such a table is taken to be new to it, which at worst moves it past keys
 * it gave, changing nothing. Versions recorded under rules before {@link
 * PlanningRules#KEY_GENERATORS_FOLLOW_TABLES} create and insert them at their start, as they did,
 * so that their checksums hold.
 */
final class KeyGeneratorStarts {

  private final Schema from;
  private final Schema to;
  private final Renames renames;
  private final KeyGeneratorRenames generatorRenames;
  private final boolean planned;

  KeyGeneratorStarts(
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
   * The starts after keys, once every table is renamed, its columns changed, every sequence created
   * and every row inserted, so that each reads the keys under their new names.
   */
  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    if (planned) {
      operations.addAll(sequenceStarts());
      operations.addAll(rowStarts());
    }
    return operations;
  }

  /** Whether the version creates {@code sequence}, rather than keeping or renaming one. */
  boolean creates(SequenceDefinition sequence) {
    return !TableSequencer.holds(from, sequence) && !generatorRenames.renamesTo(sequence);
  }

  private List<Operation> sequenceStarts() {
    List<Operation> operations = new ArrayList<>();
    for (TableDefinition after : to.tables()) {
      Optional<String> key = keyOfExisting(after);
      if (key.isEmpty()) {
        continue;
      }
      for (SequenceDefinition sequence : keySequences(after)) {
        if (sequence.increment() > 0
            && !generatorRenames.renamesTo(sequence)
            && !usedBefore(after, sequence)) {
          operations.add(
              new StartSequenceAfterKeys(
                  after.name(), sequence.name(), sequence.increment(), key.get()));
        }
      }
    }
    return operations;
  }

  private List<Operation> rowStarts() {
    List<Operation> operations = new ArrayList<>();
    for (TableDefinition generator : to.tables()) {
      for (GeneratorRow row : generator.generatorRows()) {
        Optional<GeneratorRow> former = former(generator, row);
        for (KeyUser user : row.users()) {
          Optional<String> key = to.table(user.table()).flatMap(this::keyOfExisting);
          if (key.isPresent() && !usedBefore(former, user)) {
            operations.add(
                new Execute(
                    generator.name(), row.startAfterKeys(generator.name(), user, key.get())));
          }
        }
      }
    }
    return operations;
  }

  // its own and those it shares; a snapshot recorded before keySequences were kept has its own
  private static List<SequenceDefinition> keySequences(TableDefinition table) {
    List<SequenceDefinition> sequences = new ArrayList<>(table.keySequences());
    table.sequences().stream()
        .filter(own -> sequences.stream().noneMatch(q -> q.name().equalsIgnoreCase(own.name())))
        .forEach(sequences::add);
    return sequences;
  }

  /** Whether {@code after}'s table took its keys from a sequence of that name before. */
  private boolean usedBefore(TableDefinition after, SequenceDefinition sequence) {
    return from.table(renames.oldTableName(after.name())).stream()
        .flatMap(before -> keySequences(before).stream())
        .anyMatch(used -> used.name().equalsIgnoreCase(sequence.name()));
  }

  /** The row {@code generator} had before of this row's segment, or of the segment it renames. */
  private Optional<GeneratorRow> former(TableDefinition generator, GeneratorRow row) {
    String segment = generatorRenames.formerSegment(generator.name(), row).orElse(row.segment());
    return from.table(renames.oldTableName(generator.name())).stream()
        .flatMap(table -> table.generatorRows().stream())
        .filter(old -> old.segment().equals(segment))
        .findFirst();
  }

  private boolean usedBefore(Optional<GeneratorRow> former, KeyUser user) {
    String table = renames.oldTableName(user.table());
    return former.stream()
        .flatMap(row -> row.users().stream())
        .anyMatch(old -> old.table().equalsIgnoreCase(table));
  }

  /**
   * The one key column of {@code after}, if its table existed before the version: a generator fills
   * one key column, and which one of a composite key the snapshot does not say.
   */
  private Optional<String> keyOfExisting(TableDefinition after) {
    return from.table(renames.oldTableName(after.name())).isPresent()
            && after.primaryKey().size() == 1
        ? Optional.of(after.primaryKey().get(0))
        : Optional.empty();
  }
}
