package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sequences renamed with their tables: a table renamed with {@code @RenamedFrom} whose key
 * sequence is named after it (Hibernate's {@code <entity>_SEQ}) loses its one sequence and gains
 * another of the same start and increment. Renamed rather than dropped and created again, the
 * sequence keeps its position, so the keys it generates go on after those the rows hold. Versions
 * recorded under rules before {@link PlanningRules#SEQUENCES_FOLLOW_TABLES} drop and create, as
 * they did, so that their checksums hold.
 */
final class SequenceRenames {

  // old sequence name to the sequence it becomes, and the table it serves, under its new name
  private final Map<String, SequenceDefinition> renamed = new TreeMap<>();
  private final Map<String, String> tables = new TreeMap<>();

  SequenceRenames(Schema from, Schema to, Renames renames, PlanningRules rules) {
    if (rules.compareTo(PlanningRules.SEQUENCES_FOLLOW_TABLES) < 0) {
      return;
    }
    renames
        .tables()
        .forEach(
            (old, now) -> {
              Optional<TableDefinition> before = from.table(old);
              Optional<TableDefinition> after = to.table(now);
              if (before.isPresent() && after.isPresent()) {
                pair(gone(before.get(), to), gone(after.get(), from), now);
              }
            });
  }

  /** The renames, old name to the sequence it becomes, in the order of the old names. */
  Map<String, SequenceDefinition> renamed() {
    return renamed;
  }

  /** The table, under its new name, whose keys sequence {@code old} generates. */
  String table(String old) {
    return tables.get(old);
  }

  /** Whether {@code sequence} goes by a rename rather than a drop. */
  boolean renamesFrom(String sequence) {
    return renamed.containsKey(sequence);
  }

  /** Whether {@code sequence} comes by a rename rather than a creation. */
  boolean renamesTo(SequenceDefinition sequence) {
    return renamed.containsValue(sequence);
  }

  private void pair(
      List<SequenceDefinition> dropped, List<SequenceDefinition> created, String table) {
    if (dropped.size() == 1
        && created.size() == 1
        && dropped.get(0).start() == created.get(0).start()
        && dropped.get(0).increment() == created.get(0).increment()) {
      renamed.put(dropped.get(0).name(), created.get(0));
      tables.put(dropped.get(0).name(), table);
    }
  }

  /** The sequences of {@code table} that no table of {@code other} has by that name. */
  private static List<SequenceDefinition> gone(TableDefinition table, Schema other) {
    return table.sequences().stream()
        .filter(
            sequence ->
                other.tables().stream()
                    .flatMap(t -> t.sequences().stream())
                    .noneMatch(s -> s.name().equalsIgnoreCase(sequence.name())))
        .toList();
  }
}
