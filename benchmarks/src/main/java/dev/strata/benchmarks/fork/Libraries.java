package dev.strata.benchmarks.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The jars Maven copied into {@code target/lib}, found by artifact name ({@code flyway-core} is
 * {@code flyway-core-13.12.1.jar}).
 */
public final class Libraries {

  private final List<Path> jars;

  public Libraries(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      this.jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("No jars in " + folder + ": build with -Pbenchmarks", e);
    }
  }

  public Path jar(String artifact) {
    return jars.stream()
        .filter(jar -> isArtifact(jar, artifact))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + artifact + " jar among " + jars));
  }

  public List<Path> jars(List<String> artifacts) {
    return artifacts.stream().map(this::jar).toList();
  }

  /** Every jar except those of the named artifacts. */
  public List<Path> allExcept(Set<String> artifacts) {
    return jars.stream()
        .filter(jar -> artifacts.stream().noneMatch(artifact -> isArtifact(jar, artifact)))
        .toList();
  }

  /** The version in a jar's file name, such as {@code 13.12.1}. */
  public String version(String artifact) {
    String name = jar(artifact).getFileName().toString();
    return name.substring(artifact.length() + 1, name.length() - ".jar".length());
  }

  private static boolean isArtifact(Path jar, String artifact) {
    String name = jar.getFileName().toString();
    // the version follows the name: flyway-core-13... is flyway-core, flyway-core-extra-1 is not
    return name.startsWith(artifact + "-")
        && name.length() > artifact.length() + 1
        && Character.isDigit(name.charAt(artifact.length() + 1));
  }
}
