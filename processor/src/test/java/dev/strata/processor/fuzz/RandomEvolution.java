package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Two versions of a random model: version 1 as {@link RandomModel} draws it from a seed, version 2
 * the same after one to four {@link RandomChange}s, with what each did, the tables (entity names)
 * and columns they renamed, as written, and the columns whose values they may change.
 *
 * @param before version 1
 * @param after version 2
 * @param changes what each change did, in order
 * @param renamedTables each renamed entity's former name to its new one
 * @param renamedColumns each renamed column's former name to its new one, as written
 * @param touchedColumns columns whose rows' values a change may set anew
 * @param requiredColumns the join columns of to-ones made required, each as written, else the
 *     field's name that begins it: a migration over rows where one is NULL must fail naming it
 * @param expectedWarnings what the build of version 2 must warn of, per the README, each a part of
 *     a warning's text
 */
public record RandomEvolution(
    RandomModel before,
    RandomModel after,
    List<String> changes,
    Map<String, String> renamedTables,
    Map<String, String> renamedColumns,
    Set<String> touchedColumns,
    Set<String> requiredColumns,
    Set<String> expectedWarnings) {

  /** The evolution of {@code seed}. */
  public static RandomEvolution of(long seed) {
    RandomModel before = RandomModel.of(seed);
    RandomModel.Generator later = new RandomModel.Generator(seed);
    later.model();
    Random random = new Random(seed * 31 + 17);
    Map<String, String> tables = new LinkedHashMap<>();
    Map<String, String> columns = new LinkedHashMap<>();
    Set<String> touched = new LinkedHashSet<>();
    Set<String> warnings = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    RandomChange change =
        new RandomChange(later, random, tables, columns, touched, warnings, required);
    List<String> changes = new ArrayList<>();
    int wanted = 1 + random.nextInt(4);
    for (int attempts = 0; changes.size() < wanted && attempts < 50; attempts++) {
      RandomChange.Kind[] kinds = RandomChange.Kind.values();
      String done = change.apply(kinds[random.nextInt(kinds.length)]);
      if (done != null) {
        changes.add(done);
      }
    }
    return new RandomEvolution(
        before, later.render(), changes, tables, columns, touched, required, warnings);
  }

  /** Both versions' sources and the changes between them: what a failure prints to replay it. */
  public String listing() {
    return "version 1, "
        + before.listing()
        + "\nchanges: "
        + String.join("; ", changes)
        + "\n\nversion 2, "
        + after.listing();
  }
}
