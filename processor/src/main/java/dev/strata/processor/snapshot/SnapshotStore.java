package dev.strata.processor.snapshot;

import dev.strata.processor.model.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Reads the committed snapshot chain from the snapshot folder and adds new snapshots to it, never
 * overwriting or half-writing a file.
 */
public final class SnapshotStore {

  private final Path folder;
  private final SnapshotCodec codec = new SnapshotCodec();
  private final SharedViews sharedViews = new SharedViews();

  /**
   * The bytes of each snapshot prepared and not written yet, by identity: a 1,000-view snapshot is
   * about 0.5 MB of JSON, encoded once per build, not again when it is written.
   */
  private final Map<StoredSnapshot, byte[]> preparedBytes = new IdentityHashMap<>();

  public SnapshotStore(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /** The snapshot chain in version order; empty when the folder does not exist yet. */
  public SnapshotHistory read() throws SnapshotException {
    return read(Map.of());
  }

  /**
   * The snapshot chain in version order, decoding only the files that {@code known} does not show
   * unchanged: a file whose name, size and modification time {@link SnapshotFileFacts#vouchFor
   * vouch} for the known text, or whose text has the same hash, is decoded later, and only if its
   * schema is asked for.
   *
   * @param known by file name, what an earlier build learnt about the files it read
   */
  public SnapshotHistory read(Map<String, SnapshotFileFacts> known) throws SnapshotException {
    List<StoredSnapshot> snapshots = new ArrayList<>();
    for (Path file : SnapshotFolder.snapshotFiles(folder)) {
      snapshots.add(readStored(file, known.get(file.getFileName().toString())));
    }
    return SnapshotChain.check(folder, snapshots);
  }

  private StoredSnapshot readStored(Path file, SnapshotFileFacts known) throws SnapshotException {
    // before the attributes: a write after this moment gives the file a later time
    long read = nowNanos();
    BasicFileAttributes attributes = SnapshotFiles.attributes(file);
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    if (known != null && known.vouchFor(size, modified)) {
      return StoredSnapshot.unchanged(file, known, this::readFile);
    }
    String text = SnapshotFiles.read(file);
    String sha256 = Sha256.hex(text);
    String name = file.getFileName().toString();
    if (known != null && known.sha256().equals(sha256)) {
      SnapshotFileFacts facts =
          new SnapshotFileFacts(name, size, modified, sha256, known.header(), read);
      return StoredSnapshot.unchanged(file, facts, this::readFile);
    }
    Snapshot snapshot = decode(file, text, sha256);
    return StoredSnapshot.read(
        snapshot,
        file,
        new SnapshotFileFacts(name, size, modified, sha256, SnapshotHeader.of(snapshot), read));
  }

  private static long nowNanos() {
    Instant now = Instant.now();
    return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
  }

  /**
   * The file a new snapshot will have, without writing it: the build generates its sources first,
   * and writes the snapshot only once they exist.
   *
   * @throws SnapshotException when a file of that version exists, or the text cannot be encoded
   */
  public StoredSnapshot prepare(Snapshot snapshot) throws SnapshotException {
    String text = codec.encode(snapshot);
    Path target = folder.resolve(SnapshotFileName.of(snapshot.version(), text));
    checkVersionFree(snapshot.version());
    Optional<byte[]> bytes = SnapshotFiles.encode(text);
    if (bytes.isEmpty()) {
      throw new SnapshotException(target, SnapshotMessages.NOT_ENCODABLE);
    }
    StoredSnapshot prepared = new StoredSnapshot(snapshot, target);
    preparedBytes.put(prepared, bytes.get());
    return prepared;
  }

  /** Writes a prepared snapshot; no file of its version may exist yet. */
  public StoredSnapshot write(StoredSnapshot prepared) throws SnapshotException {
    byte[] bytes = preparedBytes.remove(prepared);
    if (bytes == null) {
      // not prepared by this store: encoded and named here, as prepare does
      StoredSnapshot checked = prepare(prepared.snapshot());
      SnapshotFiles.writeNew(checked.file(), preparedBytes.remove(checked));
      return checked;
    }
    // the sources were generated in between: a file of its version may have appeared since
    checkVersionFree(prepared.snapshot().version());
    SnapshotFiles.writeNew(prepared.file(), bytes);
    return prepared;
  }

  /** Writes a new snapshot file; no file of that version may exist yet. */
  public StoredSnapshot write(Snapshot snapshot) throws SnapshotException {
    return write(prepare(snapshot));
  }

  private void checkVersionFree(int version) throws SnapshotException {
    for (Path existing : SnapshotFolder.snapshotFiles(folder)) {
      if (SnapshotFileName.version(existing) == version) {
        throw new SnapshotException(existing, SnapshotMessages.OVERWRITE);
      }
    }
  }

  /** Removes a snapshot this build wrote, when the build could not finish what goes with it. */
  public void remove(StoredSnapshot written) throws SnapshotException {
    try {
      Files.deleteIfExists(written.file());
    } catch (IOException e) {
      throw new SnapshotException(
          written.file(), SnapshotMessages.undeletable(SnapshotFolder.reason(e)), e);
    }
  }

  private Snapshot readFile(Path file) throws SnapshotException {
    String text = SnapshotFiles.read(file);
    return decode(file, text, Sha256.hex(text));
  }

  private Snapshot decode(Path file, String text, String sha256) throws SnapshotException {
    int version = SnapshotFileName.version(file);
    // before decoding: a file changed by hand is named as such, whatever the change broke
    if (!SnapshotFileName.matches(file, text, sha256)) {
      OptionalInt newer = codec.newerFormat(text);
      throw new SnapshotException(
          file,
          newer.isPresent()
              ? SnapshotMessages.newerFormat(newer.getAsInt())
              : SnapshotMessages.EDITED);
    }
    Snapshot snapshot;
    try {
      snapshot = codec.decode(text, sharedViews);
    } catch (MalformedSnapshotException e) {
      throw new SnapshotException(file, e.getMessage(), e);
    }
    if (snapshot.version() != version) {
      throw new SnapshotException(file, SnapshotMessages.versionMismatch(snapshot.version()));
    }
    return snapshot;
  }
}
