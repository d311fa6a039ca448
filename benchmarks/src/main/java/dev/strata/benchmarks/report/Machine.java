package dev.strata.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the results were measured on, read from {@code /proc}, {@code /etc} and the JVM. */
public final class Machine {

  private Machine() {}

  public static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown");
  }

  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Total memory, as {@code /proc/meminfo} says it, in GiB. */
  public static String memory() {
    return firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(value -> value.replace("kB", "").trim())
        .map(kb -> Format.number(Long.parseLong(kb) / 1024.0 / 1024.0) + " GiB")
        .orElse("unknown");
  }

  public static String jdk() {
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vendor")
        + ")";
  }

  public static String os() {
    String release =
        firstValue(Path.of("/etc/os-release"), "PRETTY_NAME")
            .map(name -> name.replace("\"", ""))
            .orElse(System.getProperty("os.name"));
    return release + ", kernel " + System.getProperty("os.version");
  }

  /**
   * The 1-, 5- and 15-minute load averages: above the number of cores, other processes competed
   * with the measured ones.
   */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The value after the first {@code key:} or {@code key=} line of a file. */
  private static Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines) {
        if (line.startsWith(key)) {
          int colon = line.indexOf(':');
          int equals = line.indexOf('=');
          int separator = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
          return Optional.of(line.substring(separator + 1).trim());
        }
      }
    } catch (IOException e) {
      // not Linux: say unknown rather than fail the run
    }
    return Optional.empty();
  }
}
