package dev.strata.benchmarks.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the classes a JVM loaded, from its {@code -Xlog:class+load} file, by where they came from:
 * the JDK, or a jar or folder of the classpath.
 */
public record ClassLoadLog(int total, int jdk, Map<String, Integer> byOrigin) {

  public static ClassLoadLog read(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    int total = 0;
    int jdk = 0;
    Map<String, Integer> byOrigin = new TreeMap<>();
    for (String line : lines) {
      int source = line.indexOf(" source: ");
      if (!line.contains("[class,load]") || source < 0) {
        continue;
      }
      total++;
      String origin = line.substring(source + " source: ".length()).trim();
      if (origin.startsWith("jrt:/") || origin.startsWith("shared objects file")) {
        jdk++;
      } else if (origin.startsWith("file:")) {
        byOrigin.merge(shortName(origin), 1, Integer::sum);
      } else {
        // generated at run time: lambdas, proxies, reflection accessors
        byOrigin.merge("(generated at run time)", 1, Integer::sum);
      }
    }
    return new ClassLoadLog(total, jdk, byOrigin);
  }

  /** {@code flyway-core-13.12.1.jar}, or {@code strata/classes} for a folder. */
  private static String shortName(String origin) {
    String path = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    String[] parts = path.split("/");
    return parts[parts.length - 1].endsWith(".jar")
        ? parts[parts.length - 1]
        : parts[parts.length - 2] + "/" + parts[parts.length - 1];
  }
}
