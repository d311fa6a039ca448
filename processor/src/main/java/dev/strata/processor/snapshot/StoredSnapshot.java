package dev.strata.processor.snapshot;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot together with the file that holds it. A snapshot that an earlier build already decoded
 * and that has not changed since is decoded again only when its schema is asked for: a build with
 * no change needs the newest schema alone.
 */
public final class StoredSnapshot {

  /** Decodes a snapshot file whose header is already known. */
  interface Loader {
    Snapshot load(Path file) throws SnapshotException;
  }

  private final SnapshotHeader header;
  private final Path file;
  private final Optional<SnapshotFileFacts> facts;
  private final Loader loader;
  private Snapshot snapshot;

  /**
   * @param snapshot the content
   * @param file the file, named {@code NNNN-hhhhhhhh.json} after its version and a hash of its
   *     bytes
   */
  public StoredSnapshot(Snapshot snapshot, Path file) {
    this(SnapshotHeader.of(snapshot), file, Optional.empty(), null);
    this.snapshot = snapshot;
  }

  private StoredSnapshot(
      SnapshotHeader header, Path file, Optional<SnapshotFileFacts> facts, Loader loader) {
    this.header = Objects.requireNonNull(header, "header");
    this.file = Objects.requireNonNull(file, "file");
    this.facts = facts;
    this.loader = loader;
  }

  /** A snapshot read from its file now. */
  static StoredSnapshot read(Snapshot snapshot, Path file, SnapshotFileFacts facts) {
    StoredSnapshot stored =
        new StoredSnapshot(SnapshotHeader.of(snapshot), file, Optional.of(facts), null);
    stored.snapshot = snapshot;
    return stored;
  }

  /** A snapshot an earlier build decoded, decoded again only if its schema is needed. */
  static StoredSnapshot unchanged(Path file, SnapshotFileFacts facts, Loader loader) {
    return new StoredSnapshot(facts.header(), file, Optional.of(facts), loader);
  }

  /**
   * The content, decoded from the file the first time it is asked for when an earlier build had
   * already decoded it.
   *
   * @throws UnreadableSnapshotException when the file can no longer be read
   */
  public synchronized Snapshot snapshot() {
    if (snapshot == null) {
      Snapshot loaded;
      try {
        loaded = loader.load(file);
      } catch (SnapshotException e) {
        throw new UnreadableSnapshotException(e);
      }
      if (!SnapshotHeader.of(loaded).equals(header)) {
        // the chain was checked with the header the build knew: a file that says otherwise now
        // changed during the build, and nothing planned from it can be trusted
        throw new UnreadableSnapshotException(
            new SnapshotException(file, SnapshotMessages.CHANGED_DURING_BUILD));
      }
      snapshot = loaded;
    }
    return snapshot;
  }

  /** What the snapshot says about its place in the chain, known without decoding its schema. */
  public SnapshotHeader header() {
    return header;
  }

  public Path file() {
    return file;
  }

  /** What this build learnt about the file, when it was read from the snapshot folder. */
  public Optional<SnapshotFileFacts> facts() {
    return facts;
  }

  /** {@code 0004-1f2e3d4c}: the file name without {@code .json}, which children name as parent. */
  public String id() {
    return SnapshotFileName.id(file);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredSnapshot that
        && file.equals(that.file)
        && snapshot().equals(that.snapshot());
  }

  @Override
  public int hashCode() {
    return file.hashCode();
  }

  @Override
  public String toString() {
    return "StoredSnapshot[" + file + "]";
  }
}
