package dev.strata.processor.options;

import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.StoredSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Chooses the package of the generated classes: {@code -Astrata.package} if given, else the package
 * shared by the classes that declare the module's views now (a view class moved to another package
 * takes the migrations with it, whatever older snapshots recorded), else the package shared by
 * every class that ever declared a view or table in the history, else {@code db.migrations}.
 */
public final class GeneratedPackage {

  private static final String FALLBACK = "db.migrations";

  private GeneratedPackage() {}

  /**
   * @param viewPackages the packages of the classes that declare the module's views now
   */
  public static String choose(
      Optional<String> option, List<String> viewPackages, SnapshotHistory history) {
    if (option.isPresent()) {
      return option.get();
    }
    // sorted: the result must not depend on the order the views were found in
    String common = commonPrefix(viewPackages.stream().sorted().distinct().toList());
    if (common.isEmpty()) {
      // from the headers: a build that has the rest of the history cached decodes no old schema
      TreeSet<String> packages = new TreeSet<>();
      for (StoredSnapshot snapshot : history.stored()) {
        packages.addAll(snapshot.header().packages());
      }
      common = commonPrefix(List.copyOf(packages));
    }
    return common.isEmpty() ? FALLBACK : common;
  }

  private static String commonPrefix(List<String> packages) {
    if (packages.isEmpty()) {
      return "";
    }
    String[] common = packages.get(0).split("\\.");
    int length = common.length;
    for (String candidate : packages) {
      String[] parts = candidate.split("\\.");
      int same = 0;
      while (same < Math.min(length, parts.length) && parts[same].equals(common[same])) {
        same++;
      }
      length = same;
    }
    return String.join(".", List.of(common).subList(0, length));
  }
}
