package dev.strata.processor.snapshot;

import dev.strata.processor.model.Utf8Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes the bytes of snapshot files: strict UTF-8 both ways, so that text Strata did not
 * write is refused instead of silently replaced, and a new file appears whole or not at all.
 */
final class SnapshotFiles {

  private SnapshotFiles() {}

  static BasicFileAttributes attributes(Path file) throws SnapshotException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new SnapshotException(file, SnapshotMessages.unreadable(SnapshotFolder.reason(e)), e);
    }
  }

  static String read(Path file) throws SnapshotException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SnapshotException(file, SnapshotMessages.unreadable(SnapshotFolder.reason(e)), e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SnapshotException(file, SnapshotMessages.NOT_UTF8, e);
    }
  }

  /** The UTF-8 bytes of {@code text}, or empty if it holds a lone surrogate. */
  static Optional<byte[]> encode(String text) {
    return Utf8Text.loneSurrogate(text) < 0
        ? Optional.of(text.getBytes(StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /**
   * Writes a new file through a temporary one in the same folder, moved into place in one step. The
   * temporary file is created like any other (not {@code Files.createTempFile}, which makes it
   * private to its owner), so the snapshot is readable by whoever reads the sources.
   */
  static void writeNew(Path target, byte[] bytes) throws SnapshotException {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = folder.resolve(".strata-" + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(folder);
      try (OutputStream out =
          Files.newOutputStream(
              temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      moveAtomically(temporary, target);
    } catch (IOException e) {
      throw new SnapshotException(target, SnapshotMessages.unwritable(SnapshotFolder.reason(e)), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // a leftover hidden temporary file is harmless: the folder listing skips hidden files
    }
  }
}
