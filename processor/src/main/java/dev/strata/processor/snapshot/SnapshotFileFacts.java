package dev.strata.processor.snapshot;

import java.util.Objects;

/**
 * What a build learnt about one snapshot file, so that a later build can tell the file unchanged
 * without decoding it: a file of the same name, size and modification time, or of the same name and
 * content hash, holds the same snapshot.
 *
 * @param name the file's name, {@code 0004-1f2e3d4c.json}
 * @param size its length in bytes
 * @param modified its modification time, in nanoseconds since the epoch
 * @param sha256 the SHA-256 of its whole text
 * @param header what it says about its place in the chain
 */
public record SnapshotFileFacts(
    String name, long size, long modified, String sha256, SnapshotHeader header) {

  public SnapshotFileFacts {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(header, "header");
  }
}
