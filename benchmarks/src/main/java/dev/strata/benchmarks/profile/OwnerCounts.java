package dev.strata.benchmarks.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many samples of a profile each {@link Owner} had, kept as a fact of the run ({@link
 * #encode()}, such as {@code DATABASE=978,STRATA=40,JDK=145}) so that a report written again later
 * still has it.
 */
public record OwnerCounts(Map<Owner, Integer> counts) {

  public OwnerCounts {
    counts = Map.copyOf(counts);
    if (counts.values().stream().anyMatch(count -> count < 0)) {
      throw new IllegalArgumentException("A negative count of samples: " + counts);
    }
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(Owner owner) {
    return counts.getOrDefault(owner, 0);
  }

  /** The share of all samples that {@code owners} together had; 0 without samples. */
  public double share(Owner... owners) {
    int sum = 0;
    for (Owner owner : owners) {
      sum += count(owner);
    }
    return total() == 0 ? 0 : (double) sum / total();
  }

  /** The owners that had samples, in the order of {@link Owner}. */
  public List<Owner> present() {
    List<Owner> present = new ArrayList<>();
    for (Owner owner : Owner.values()) {
      if (count(owner) > 0) {
        present.add(owner);
      }
    }
    return present;
  }

  /** {@code DATABASE=978,STRATA=40}: the owners in the order of {@link Owner}, none left out. */
  public String encode() {
    List<String> parts = new ArrayList<>();
    for (Owner owner : present()) {
      parts.add(owner.name() + "=" + count(owner));
    }
    return String.join(",", parts);
  }

  public static OwnerCounts decode(String text) {
    Map<Owner, Integer> counts = new EnumMap<>(Owner.class);
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] pair = part.split("=", 2);
      counts.put(Owner.valueOf(pair[0].strip()), Integer.parseInt(pair[1].strip()));
    }
    return new OwnerCounts(counts);
  }
}
