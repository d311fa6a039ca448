package dev.strata.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run measured and noticed, in the order it happened, for the results file to
 * arrange.
 */
public final class Results {

  private final List<Measurement> measurements = new ArrayList<>();
  private final Map<String, String> facts = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  public void add(Measurement measurement) {
    measurements.add(measurement);
  }

  public Optional<Measurement> find(String benchmark, String database, int size, String variant) {
    return measurements.stream()
        .filter(m -> m.benchmark().equals(benchmark))
        .filter(m -> m.database().equals(database))
        .filter(m -> m.size() == size)
        .filter(m -> m.variant().equals(variant))
        .findFirst();
  }

  public List<Measurement> all() {
    return List.copyOf(measurements);
  }

  /** A named finding shown in the results, such as a profile summary; later values replace. */
  public void fact(String name, String value) {
    facts.put(name, value);
  }

  public Map<String, String> facts() {
    return Map.copyOf(facts);
  }

  public Optional<String> fact(String name) {
    return Optional.ofNullable(facts.get(name));
  }

  /** Something the reader must know about this run, such as a skipped database. */
  public void note(String note) {
    notes.add(note);
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }
}
