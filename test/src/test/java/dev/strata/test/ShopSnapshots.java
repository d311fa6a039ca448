package dev.strata.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The shop's snapshots (and others), copied for another migration set that claims to realise them.
 */
final class ShopSnapshots {

  static final Path FOLDER = Path.of("src", "test", "resources", "snapshots", "shop");

  private ShopSnapshots() {}

  /** Copies the shop's snapshots into {@code target}, with {@code set} as their set. */
  static Path forSet(String set, Path target) throws IOException {
    return copy(FOLDER, set, target);
  }

  /** Copies the snapshots in {@code folder} into {@code target}, with {@code set} as their set. */
  static Path copy(Path folder, String set, Path target) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(
            target.resolve(file.getFileName()),
            text.replaceFirst("\"set\": \"[^\"]*\"", "\"set\": \"" + set + "\""),
            StandardCharsets.UTF_8);
      }
    }
    return target;
  }
}
