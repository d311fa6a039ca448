package dev.strata.benchmarks.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counts a {@link StackSampler} wrote, read back and ranked. */
public final class SampledProfile {

  private final Map<String, Map<String, Integer>> counts = new HashMap<>();
  private int total;
  private int focused;

  public static SampledProfile read(Path file) throws IOException {
    return read(List.of(file));
  }

  /** The counts of several runs added up, such as several fresh JVMs doing the same thing. */
  public static SampledProfile read(List<Path> files) throws IOException {
    SampledProfile profile = new SampledProfile();
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.split(" ", 3);
        int count = Integer.parseInt(parts[1]);
        switch (parts[0]) {
          case "total" -> profile.total += count;
          case "focused" -> profile.focused += count;
          default ->
              profile
                  .counts
                  .computeIfAbsent(parts[0], kind -> new HashMap<>())
                  .merge(parts[2], count, Integer::sum);
        }
      }
    }
    return profile;
  }

  public int total() {
    return total;
  }

  public int focused() {
    return focused;
  }

  /** The focus package's methods by how many samples had them on the stack. */
  public List<Map.Entry<String, Integer>> inclusive(int limit) {
    return top("inclusive", limit);
  }

  /** What was executing in the focused samples. */
  public List<Map.Entry<String, Integer>> self(int limit) {
    return top("self", limit);
  }

  /** The library that was executing in the focused samples. */
  public List<Map.Entry<String, Integer>> libraries() {
    return top("library", Integer.MAX_VALUE);
  }

  /** Whose time the focused samples were, as {@link Attribution} decides it. */
  public OwnerCounts owners() {
    Map<Owner, Integer> owners = new EnumMap<>(Owner.class);
    counts
        .getOrDefault("owner", Map.of())
        .forEach((owner, count) -> owners.put(Owner.valueOf(owner), count));
    return new OwnerCounts(owners);
  }

  private List<Map.Entry<String, Integer>> top(String kind, int limit) {
    return counts.getOrDefault(kind, Map.of()).entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(limit)
        .toList();
  }
}
