package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The key generators renamed with their tables, so that they keep their positions and the keys they
 * give go on after those the rows hold. A table whose one key sequence gives way to another of the
 * same start and increment (Hibernate's {@code <entity>_SEQ} of a table renamed with
 * {@code @RenamedFrom}, or of a {@code TABLE_PER_CLASS} leaf whose abstract root is renamed) has
 * the sequence renamed. A {@code @TableGenerator} segment named after the table ({@code
 * pkColumnValue} left out) loses its row and gains another of the same columns and initial value:
 * the row is renamed. Versions recorded under rules before {@link
 * PlanningRules#KEY_GENERATORS_FOLLOW_TABLES} drop and create, as they did, so that their checksums
 * hold.
 */
final class KeyGeneratorRenames {

  // old sequence name to the sequence it becomes, and the table it serves, under its new name
  private final Map<String, SequenceDefinition> sequences = new TreeMap<>();
  private final Map<String, String> servedTables = new TreeMap<>();
  // by generator table, its new row to the segment it had
  private final Map<String, Map<GeneratorRow, String>> segments = new TreeMap<>();
  private final Renames renames;

  KeyGeneratorRenames(Schema from, Schema to, Renames renames, PlanningRules rules) {
    this.renames = renames;
    if (rules.compareTo(PlanningRules.KEY_GENERATORS_FOLLOW_TABLES) < 0) {
      return;
    }
    // a renamed table; or, where the version replaces one sequence by one other, a table that
    // stays: a TABLE_PER_CLASS leaf's sequence is named after its abstract root, which has no
    // table to rename (several sequences replaced by a shared one are no rename of any)
    boolean oneForOne = allGone(from, to).size() == 1 && allGone(to, from).size() == 1;
    for (TableDefinition after : to.tables()) {
      from.table(renames.oldTableName(after.name()))
          .filter(before -> oneForOne || !before.name().equals(after.name()))
          .ifPresent(before -> pair(gone(before, to), gone(after, from), after.name(), from, to));
    }
    renames
        .tables()
        .forEach(
            (old, now) -> {
              for (TableDefinition generator : to.tables()) {
                pairSegments(from, generator, old, now);
              }
            });
    pairTablelessSegment(from, to);
  }

  /**
   * Pairs the one segment the version's generator tables lose with the one they gain where both
   * name no table (a {@code TABLE_PER_CLASS} leaf's segment is its abstract root's name, which has
   * no table to rename): the root renamed, as for its sequence. A segment of a table dropped or
   * added is no rename.
   */
  private void pairTablelessSegment(Schema from, Schema to) {
    List<Segment> lost = tablelessSegments(from, to, false);
    List<Segment> gained = tablelessSegments(to, from, true);
    if (lost.size() == 1
        && gained.size() == 1
        && lost.get(0).generator().equals(gained.get(0).generator())) {
      TableDefinition generator = to.table(gained.get(0).generator()).orElseThrow();
      pairSegments(from, generator, lost.get(0).segment(), gained.get(0).segment());
    }
  }

  /** A segment of a generator table, named by the table's later name. */
  private record Segment(String generator, String segment) {}

  /**
   * The segments of {@code schema}'s generator tables that {@code other}'s table of that name (by
   * the renames; {@code later} where {@code schema} is the later version) lacks, and that name no
   * table of either.
   */
  private List<Segment> tablelessSegments(Schema schema, Schema other, boolean later) {
    List<Segment> segments = new ArrayList<>();
    for (TableDefinition generator : schema.tables()) {
      String now = later ? generator.name() : renames.newTableName(generator.name());
      String then = later ? renames.oldTableName(generator.name()) : generator.name();
      Optional<TableDefinition> counterpart = other.table(later ? then : now);
      for (GeneratorRow row : generator.generatorRows()) {
        boolean gone = counterpart.isEmpty() || !TableSequencer.hasSegment(counterpart.get(), row);
        if (gone && noTable(schema, row.segment()) && noTable(other, row.segment())) {
          segments.add(new Segment(now, row.segment()));
        }
      }
    }
    return segments;
  }

  private static boolean noTable(Schema schema, String name) {
    return schema.tables().stream().noneMatch(table -> table.name().equalsIgnoreCase(name));
  }

  /** The sequence renames, old name to the sequence it becomes, in the order of the old names. */
  Map<String, SequenceDefinition> sequences() {
    return Collections.unmodifiableMap(sequences);
  }

  /** The table, under its new name, whose keys sequence {@code old} generates. */
  String servedTable(String old) {
    return servedTables.get(old);
  }

  /** Whether {@code sequence} goes by a rename rather than a drop. */
  boolean renamesFrom(String sequence) {
    return sequences.containsKey(sequence);
  }

  /** Whether {@code sequence} comes by a rename rather than a creation. */
  boolean renamesTo(SequenceDefinition sequence) {
    return sequences.containsValue(sequence);
  }

  /** Whether {@code row} of generator table {@code table} (its former name) goes by a rename. */
  boolean renamesRowFrom(String table, GeneratorRow row) {
    return segments
        .getOrDefault(renames.newTableName(table), Map.of())
        .containsValue(row.segment());
  }

  /** The segment that {@code row} of generator table {@code table} had, if it is renamed. */
  Optional<String> formerSegment(String table, GeneratorRow row) {
    return Optional.ofNullable(segments.getOrDefault(table, Map.of()).get(row));
  }

  private void pair(
      List<SequenceDefinition> dropped,
      List<SequenceDefinition> created,
      String table,
      Schema from,
      Schema to) {
    if (dropped.size() == 1
        && !sequences.containsKey(dropped.get(0).name())
        && created.size() == 1
        && dropped.get(0).start() == created.get(0).start()
        && dropped.get(0).increment() == created.get(0).increment()
        // the same tables, one for one: sequences merged into a shared one are another matter
        && servers(from, dropped.get(0))
            .equals(
                servers(to, created.get(0)).stream()
                    .map(renames::oldTableName)
                    .collect(Collectors.toSet()))) {
      sequences.put(dropped.get(0).name(), created.get(0));
      servedTables.put(dropped.get(0).name(), table);
    }
  }

  /** The names of the tables of {@code schema} whose keys {@code sequence} generates. */
  private static Set<String> servers(Schema schema, SequenceDefinition sequence) {
    return schema.tables().stream()
        .filter(table -> table.sequences().contains(sequence))
        .map(TableDefinition::name)
        .collect(Collectors.toSet());
  }

  /**
   * Pairs the row of segment {@code old} that generator table {@code generator} loses with the row
   * of segment {@code now} it gains, where the two differ in nothing else.
   */
  private void pairSegments(Schema from, TableDefinition generator, String old, String now) {
    Optional<TableDefinition> before = from.table(renames.oldTableName(generator.name()));
    if (before.isEmpty()) {
      return;
    }
    Optional<GeneratorRow> lost =
        segment(before.get(), old).filter(r -> !TableSequencer.hasSegment(generator, r));
    Optional<GeneratorRow> gained =
        segment(generator, now).filter(r -> !TableSequencer.hasSegment(before.get(), r));
    if (lost.isPresent()
        && gained.isPresent()
        && lost.get().segmentColumn().equals(gained.get().segmentColumn())
        && lost.get().valueColumn().equals(gained.get().valueColumn())
        && lost.get().initialValue() == gained.get().initialValue()) {
      segments
          .computeIfAbsent(generator.name(), name -> new HashMap<>())
          .put(gained.get(), lost.get().segment());
    }
  }

  private static Optional<GeneratorRow> segment(TableDefinition generator, String table) {
    return generator.generatorRows().stream()
        .filter(row -> row.segment().equalsIgnoreCase(table))
        .findFirst();
  }

  /** The sequences of {@code schema} that no table of {@code other} has by that name. */
  private static List<SequenceDefinition> allGone(Schema schema, Schema other) {
    return schema.tables().stream().flatMap(table -> gone(table, other).stream()).toList();
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
