package dev.strata.processor.snapshot;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What a build learnt about one snapshot file, so that a later build can tell the file unchanged
 * without decoding it: a file of the same name, size and modification time, or of the same name and
 * content hash, holds the same snapshot.
 *
 * <p>Size and time vouch for the content only when the file had been left alone for a while when it
 * was read, as git's index treats "racily clean" files: a file changed again within one tick of the
 * file system's clock after it was read can keep both its size and its time, so such a file is
 * hashed again by the next build instead of trusted.
 *
 * @param name the file's name, {@code 0004-1f2e3d4c.json}
 * @param size its length in bytes
 * @param modified its modification time, in nanoseconds since the epoch
 * @param sha256 the SHA-256 of its whole text
 * @param header what it says about its place in the chain
 * @param read when the build read the text that {@code sha256} hashes, in nanoseconds since the
 *     epoch, taken before it looked at the file's size and time
 */
public record SnapshotFileFacts(
    String name, long size, long modified, String sha256, SnapshotHeader header, long read) {

  /**
   * How much older than the read the modification time must be for size and time to vouch for the
   * content: the coarsest clock of common file systems (FAT keeps even seconds) and the lag of the
   * kernel's coarse clock behind the system's both fit in it.
   */
  static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

  public SnapshotFileFacts {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(header, "header");
  }

  /**
   * Whether a file now of this size and modification time still holds the text these facts hash,
   * without reading it: the same size and time, and a time that was already settled when the text
   * was read, so that any later write would have given the file a later time.
   */
  public boolean vouchFor(long sizeNow, long modifiedNow) {
    return size == sizeNow && modified == modifiedNow && modified < read - SETTLED_NANOS;
  }
}
