package dev.strata.processor.snapshot;

import java.nio.file.Path;

/**
 * A snapshot together with the file that holds it.
 *
 * @param snapshot the content
 * @param file the file, named {@code NNNN-hhhhhhhh.json} after its version and a hash of its bytes
 */
public record StoredSnapshot(Snapshot snapshot, Path file) {

  /** {@code 0004-1f2e3d4c}: the file name without {@code .json}, which children name as parent. */
  public String id() {
    return SnapshotFileName.id(file);
  }
}
