package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * @param refused a version 2 the build must refuse, made from {@code after} by one more change: an
 *     {@code @OrderColumn} added to or removed from a list of a collection or join table, whose
 *     primary key it changes (README: an error on the field); none for most seeds
 * @param refusedFields the fields, each as {@code Entity.field}, that the build of {@code refused}
 *     must refuse with an error on them
 */
public record RandomEvolution(
    RandomModel before,
    RandomModel after,
    List<String> changes,
    Map<String, String> renamedTables,
    Map<String, String> renamedColumns,
    Set<String> touchedColumns,
    Set<String> requiredColumns,
    Set<String> expectedWarnings,
    Optional<RandomModel> refused,
    Set<String> refusedFields) {

  /** The evolution of {@code seed}. */
  public static RandomEvolution of(long seed) {
    RandomModel.Generator earlier = new RandomModel.Generator(seed);
    earlier.model();
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
    Random storage = new Random(seed * 61 + 7);
    Set<String> refused = new LinkedHashSet<>();
    RandomStorage storing =
        new RandomStorage(earlier, later, change.added, refused, warnings, required, storage);
    for (int wantedMore = storage.nextInt(3), attempts = 0;
        wantedMore > 0 && attempts < 20;
        attempts++) {
      RandomStorage.Kind[] kinds = RandomStorage.Kind.values();
      String done = storing.apply(kinds[storage.nextInt(kinds.length)]);
      if (done != null) {
        changes.add(done);
        wantedMore--;
      }
    }
    RandomModel after = later.render();
    Optional<RandomModel> refusing = Optional.empty();
    if (storage.nextInt(4) == 0) {
      String done = storing.toggleOrderColumn(true);
      if (done != null) {
        changes.add("refused: " + done);
        refusing = Optional.of(later.render());
      }
    }
    return new RandomEvolution(
        earlier.render(),
        after,
        changes,
        tables,
        columns,
        touched,
        required,
        warnings,
        refusing,
        refused);
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
