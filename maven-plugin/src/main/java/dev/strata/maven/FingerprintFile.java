package dev.strata.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build keeps the snapshot folder's fingerprint as the last compile left it: {@code
 * target/strata/snapshots.fingerprint}, so that {@code mvn clean} forgets it with the classes.
 */
record FingerprintFile(Path path) {

  static FingerprintFile in(Path buildDirectory) {
    return new FingerprintFile(buildDirectory.resolve("strata").resolve("snapshots.fingerprint"));
  }

  /** The recorded fingerprint, or null if none was recorded. */
  String read() throws IOException {
    return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
  }

  void write(String fingerprint) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, fingerprint, StandardCharsets.UTF_8);
  }
}
