package dev.strata.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Snapshots as an earlier build of Strata wrote them: each file's text rewritten, and the file
 * named again by the hash of its new text, as the processor names the snapshots it writes.
 */
final class EarlierSnapshots {

  private EarlierSnapshots() {}

  /** Rewrites every snapshot in {@code folder} with {@code asBefore}. */
  static void rewrite(Path folder, UnaryOperator<String> asBefore) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String text = asBefore.apply(Files.readString(file));
        String version = file.getFileName().toString().substring(0, 4);
        Files.delete(file);
        Files.writeString(folder.resolve(version + "-" + hash(text) + ".json"), text);
      }
    }
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
