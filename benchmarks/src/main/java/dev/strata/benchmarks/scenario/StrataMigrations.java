package dev.strata.benchmarks.scenario;

import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Produces a scenario's Strata migrations with the real processor: the snapshot chain of N versions
 * is recorded first (see {@link SnapshotChainWriter}), then one compilation of the N view classes
 * against it finds nothing changed and generates every migration class from the chain, as any build
 * does.
 */
final class StrataMigrations {

  private static final String SERVICE_FILE = "META-INF/services/dev.strata.runtime.MigrationSource";

  private StrataMigrations() {}

  static Preparation build(ScenarioFiles files, Toolchain toolchain)
      throws IOException, SnapshotException {
    int size = files.scenario().size();
    List<Path> sources = ViewSources.write(Folders.fresh(files.strataSources()), size);
    long start = System.nanoTime();
    SnapshotChainWriter.write(
        files.scenario(), new SnapshotStore(Folders.fresh(files.strataSnapshots())));
    long chainWritten = System.nanoTime();
    CompileJob job =
        toolchain.withProcessor(
            sources,
            Folders.fresh(files.strataClasses()),
            Folders.fresh(files.strataGenerated()),
            List.of(),
            List.of("-Astrata.snapshots=" + files.strataSnapshots().toAbsolutePath()));
    Javac.compile(job);
    long compiled = System.nanoTime();
    check(files, size);
    return new Preparation(
        (chainWritten - start) / 1_000_000, (compiled - chainWritten) / 1_000_000);
  }

  /** The chain must be the one the code declares: a new snapshot means the two disagree. */
  private static void check(ScenarioFiles files, int size) throws IOException {
    int snapshots = Folders.files(files.strataSnapshots(), ".json").size();
    if (snapshots != size) {
      throw new IllegalStateException(
          "The processor recorded a new version over the prepared chain of "
              + size
              + " ("
              + snapshots
              + " snapshots now): the chain differs from what the processor writes");
    }
    if (!Files.isRegularFile(files.strataClasses().resolve(SERVICE_FILE))) {
      throw new IllegalStateException("The processor registered no MigrationSource");
    }
  }
}
