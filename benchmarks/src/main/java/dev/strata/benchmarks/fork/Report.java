package dev.strata.benchmarks.fork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a measured JVM tells the harness, one {@code RESULT name value} line per value on standard
 * output; anything else a tool prints there is ignored.
 */
public final class Report {

  private static final String PREFIX = "RESULT ";

  private final Map<String, List<Long>> values;

  private Report(Map<String, List<Long>> values) {
    this.values = values;
  }

  /** Prints one value; called by the measured JVM. */
  public static void print(String name, long value) {
    System.out.println(PREFIX + name + " " + value);
  }

  static Report parse(String output) {
    Map<String, List<Long>> values = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith(PREFIX)) {
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        values.computeIfAbsent(parts[0], name -> new ArrayList<>()).add(Long.parseLong(parts[1]));
      }
    }
    return new Report(values);
  }

  /** Every value reported under {@code name}, in order. */
  public List<Long> all(String name) {
    List<Long> found = values.get(name);
    if (found == null || found.isEmpty()) {
      throw new IllegalStateException("The measured JVM reported no " + name + ": " + values);
    }
    return List.copyOf(found);
  }

  public long one(String name) {
    return all(name).get(0);
  }
}
