package dev.strata.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps a run's raw results on disk after each benchmark, one tab-separated line per measurement,
 * fact or note, so that a run that fails late loses nothing and the results file can be written
 * again from them ({@code --report}).
 */
public final class ResultsFile {

  private ResultsFile() {}

  public static void save(Results results, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Measurement m : results.all()) {
      lines.add(
          String.join(
              "\t",
              "M",
              m.benchmark(),
              m.database(),
              Integer.toString(m.size()),
              m.variant(),
              joined(m.time()),
              m.wall().map(ResultsFile::joined).orElse("-")));
    }
    // sorted: the file should not change from run to run for nothing
    new TreeMap<>(results.facts())
        .forEach((name, value) -> lines.add("F\t" + name + "\t" + escape(value)));
    results.notes().forEach(note -> lines.add("N\t" + escape(note)));
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  public static Results load(Path file) throws IOException {
    Results results = new Results();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t", -1);
      switch (parts[0]) {
        case "M" ->
            results.add(
                new Measurement(
                    parts[1],
                    parts[2],
                    Integer.parseInt(parts[3]),
                    parts[4],
                    samples(parts[5]),
                    parts[6].equals("-") ? Optional.empty() : Optional.of(samples(parts[6]))));
        case "F" -> results.fact(parts[1], unescape(parts[2]));
        case "N" -> results.note(unescape(parts[1]));
        default -> throw new IOException("Not a results line: " + line);
      }
    }
    return results;
  }

  private static String joined(Samples samples) {
    return samples.nanos().stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static Samples samples(String joined) {
    return new Samples(Arrays.stream(joined.split(",")).map(Long::valueOf).toList());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Facts whose names start with {@code prefix}, the prefix removed, in name order. */
  public static Map<String, String> factsUnder(Results results, String prefix) {
    Map<String, String> found = new TreeMap<>();
    results
        .facts()
        .forEach(
            (name, value) -> {
              if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), value);
              }
            });
    return found;
  }
}
