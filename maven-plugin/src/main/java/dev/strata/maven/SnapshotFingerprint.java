package dev.strata.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The snapshot folder as text, one line per file (its SHA-256, then its path in the folder), so
 * that any added, deleted, renamed or edited snapshot changes it.
 */
final class SnapshotFingerprint {

  private SnapshotFingerprint() {}

  /** The fingerprint of {@code folder}; an absent folder has the empty one. */
  static String of(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "";
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      // sorted: the fingerprint must not depend on the order the file system lists
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      String name = folder.relativize(file).toString().replace('\\', '/');
      text.append(sha256(file)).append("  ").append(name).append('\n');
    }
    return text.toString();
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform has SHA-256
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
