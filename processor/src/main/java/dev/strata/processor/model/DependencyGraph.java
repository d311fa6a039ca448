package dev.strata.processor.model;

import dev.strata.processor.sql.QueryWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which views of a schema read which others: what the parser found in each query, plus {@code
 * dependsOn}. For a query the parser could not read, any view name that appears in it as a word of
 * code to some database ({@link QueryWords}) counts, which may see a dependency that is not there
 * but never misses one.
 *
 * <p>Derived from its {@link Schema} once, through {@link Schema#dependencies()}.
 */
public final class DependencyGraph {

  private final Map<String, Set<String>> readsByView = new TreeMap<>();
  private final Map<String, Set<String>> referencesByView = new TreeMap<>();
  // derived on first use: each schema of a history is planned from and to, so it is asked twice
  private volatile List<String> creationOrder;

  DependencyGraph(Schema schema) {
    Map<String, String> viewsByReference = new HashMap<>();
    for (ViewDefinition view : schema.views()) {
      String name = view.name().toLowerCase(Locale.ROOT);
      viewsByReference.put(name, view.name());
      viewsByReference.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), view.name());
    }
    for (ViewDefinition view : schema.views()) {
      Set<String> reads = new TreeSet<>();
      List<String> references = new ArrayList<>(view.reads().orElseGet(() -> words(view.sql())));
      if (view.reads().isEmpty()) {
        // unparsed: any of its queries may name what it reads
        view.dialects().forEach(dialect -> references.addAll(words(dialect.sql())));
      }
      references.addAll(view.dependsOn());
      Set<String> lowerCase = new TreeSet<>();
      references.forEach(reference -> lowerCase.add(reference.toLowerCase(Locale.ROOT)));
      referencesByView.put(view.name(), lowerCase);
      for (String reference : references) {
        String read = viewsByReference.get(reference.toLowerCase(Locale.ROOT));
        if (read != null && !read.equals(view.name())) {
          reads.add(read);
        }
      }
      readsByView.put(view.name(), reads);
    }
  }

  /** The views that read any of {@code tables} directly. */
  public Set<String> viewsReading(Set<String> tables) {
    Set<String> lowerCase = new TreeSet<>();
    tables.forEach(table -> lowerCase.add(table.toLowerCase(Locale.ROOT)));
    Set<String> readers = new TreeSet<>();
    referencesByView.forEach(
        (view, references) -> {
          if (references.stream().anyMatch(lowerCase::contains)) {
            readers.add(view);
          }
        });
    return readers;
  }

  /**
   * The views whose queries name {@code view}, as it is or qualified by a schema or database
   * ({@code public.totals}, {@code shop.totals}), which on some database may be where it is.
   */
  public Set<String> viewsNaming(String view) {
    String name = view.toLowerCase(Locale.ROOT);
    Set<String> readers = new TreeSet<>();
    referencesByView.forEach(
        (reader, references) -> {
          if (references.stream()
              .anyMatch(reference -> reference.equals(name) || reference.endsWith("." + name))) {
            readers.add(reader);
          }
        });
    return readers;
  }

  /** The views that {@code view} reads directly. */
  public Set<String> reads(String view) {
    return readsByView.getOrDefault(view, Set.of());
  }

  /**
   * All views, each after the views it reads, ties broken by name. Views on a cycle, which no
   * database could create, come last in name order; {@link #cycle} finds them.
   */
  public List<String> creationOrder() {
    List<String> order = creationOrder;
    if (order == null) {
      // a race computes the same value twice, which is harmless
      order = List.copyOf(sortedForCreation());
      creationOrder = order;
    }
    return order;
  }

  private List<String> sortedForCreation() {
    // Kahn's algorithm, with the ready views in a sorted set for the name tie-break
    Map<String, Integer> unread = new HashMap<>();
    Map<String, List<String>> readers = new HashMap<>();
    readsByView.forEach(
        (view, reads) -> {
          unread.put(view, reads.size());
          reads.forEach(read -> readers.computeIfAbsent(read, key -> new ArrayList<>()).add(view));
        });
    TreeSet<String> ready = new TreeSet<>();
    unread.forEach(
        (view, count) -> {
          if (count == 0) {
            ready.add(view);
          }
        });
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String view = ready.pollFirst();
      order.add(view);
      for (String reader : readers.getOrDefault(view, List.of())) {
        if (unread.merge(reader, -1, Integer::sum) == 0) {
          ready.add(reader);
        }
      }
    }
    Set<String> remaining = new TreeSet<>(readsByView.keySet());
    order.forEach(remaining::remove);
    order.addAll(remaining);
    return order;
  }

  /** The views that read any of {@code views}, directly or through others; not those themselves. */
  public Set<String> readersOf(Set<String> views) {
    Set<String> readers = new TreeSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<String, Set<String>> entry : readsByView.entrySet()) {
        String view = entry.getKey();
        boolean readsAffected =
            entry.getValue().stream()
                .anyMatch(read -> views.contains(read) || readers.contains(read));
        if (readsAffected && !views.contains(view) && readers.add(view)) {
          grew = true;
        }
      }
    }
    return readers;
  }

  /** One cycle of views that read each other, in reading order, if there is one. */
  public Optional<List<String>> cycle() {
    Set<String> finished = new HashSet<>();
    for (String start : readsByView.keySet()) {
      Optional<List<String>> cycle = cycleFrom(start, new LinkedHashSet<>(), finished);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  /** Depth-first search; {@code finished} holds views already known to lead to no cycle. */
  private Optional<List<String>> cycleFrom(
      String view, LinkedHashSet<String> path, Set<String> finished) {
    if (path.contains(view)) {
      List<String> visited = new ArrayList<>(path);
      return Optional.of(List.copyOf(visited.subList(visited.indexOf(view), visited.size())));
    }
    if (finished.contains(view)) {
      return Optional.empty();
    }
    path.add(view);
    for (String read : readsByView.get(view)) {
      Optional<List<String>> cycle = cycleFrom(read, path, finished);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    path.remove(view);
    finished.add(view);
    return Optional.empty();
  }

  private static List<String> words(String sql) {
    List<String> words = new ArrayList<>();
    for (String word : QueryWords.of(sql)) {
      words.add(word);
      // a schema-qualified reference may name a view declared without its schema
      words.add(word.substring(word.lastIndexOf('.') + 1));
    }
    return words;
  }
}
