package dev.strata.benchmarks.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a history the slow, literal way: {@code versions} successive compilations, each adding one
 * {@code @View} class and compiling only it, the earlier view classes being on the classpath as in
 * an incremental build. Shows that {@link SnapshotChainWriter} writes the same bytes, and what the
 * literal way costs per version.
 */
public final class IncrementalHistory {

  private final Toolchain toolchain;

  public IncrementalHistory(Toolchain toolchain) {
    this.toolchain = toolchain;
  }

  /**
   * @param work an empty folder to build in
   * @param expected a prepared scenario with at least {@code versions} snapshots
   */
  public Outcome build(int versions, Path work, ScenarioFiles expected) throws IOException {
    Path sources = Folders.fresh(work.resolve("src"));
    Path snapshots = Folders.fresh(work.resolve("snapshots"));
    Path classes = Folders.fresh(work.resolve("classes"));
    long[] stepNanos = new long[versions];
    for (int k = 1; k <= versions; k++) {
      List<Path> added = List.of(ViewSources.write(sources, k).get(k - 1));
      Path generated = Folders.fresh(work.resolve("generated"));
      CompileJob job =
          toolchain.withProcessor(
              added,
              classes,
              generated,
              List.of(classes),
              List.of("-Astrata.snapshots=" + snapshots.toAbsolutePath()));
      long start = System.nanoTime();
      Javac.compile(job);
      stepNanos[k - 1] = System.nanoTime() - start;
    }
    return new Outcome(stepNanos, sameFiles(snapshots, expected.strataSnapshots(), versions));
  }

  /** Whether the first {@code versions} snapshot files have the same names and bytes. */
  private static boolean sameFiles(Path actual, Path expected, int versions) throws IOException {
    List<Path> actualFiles = Folders.files(actual, ".json");
    List<Path> expectedFiles = Folders.files(expected, ".json");
    if (actualFiles.size() != versions || expectedFiles.size() < versions) {
      return false;
    }
    for (int i = 0; i < versions; i++) {
      Path a = actualFiles.get(i);
      Path e = expectedFiles.get(i);
      if (!a.getFileName().equals(e.getFileName())
          || !Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(e))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param stepNanos how long each version's compilation took
   * @param identical whether the snapshots are byte for byte those of the prepared chain
   */
  public record Outcome(long[] stepNanos, boolean identical) {

    public List<Long> stepMillis() {
      List<Long> millis = new ArrayList<>();
      for (long nanos : stepNanos) {
        millis.add(nanos / 1_000_000);
      }
      return millis;
    }
  }
}
