package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every snapshot Strata wrote that this repository commits (the golden files, the samples' and the
 * starter's histories; the test kit's are written by hand) decodes and encodes back to its own
 * bytes: the layout, each key's rule for being left out and the indentation are those the files
 * were written with, whatever writes them now.
 */
class CommittedSnapshotsTest {

  private final SnapshotCodec codec = new SnapshotCodec();

  @ParameterizedTest
  @MethodSource("committedSnapshots")
  void encodesBackToItsOwnBytes(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);

    assertEquals(text, codec.encode(codec.decode(text)), file.toString());
  }

  static Stream<Path> committedSnapshots() throws IOException {
    // the processor module's folder; the samples and the starter are its siblings
    Path repository = Path.of("").toAbsolutePath().getParent();
    List<Path> snapshots = new ArrayList<>();
    for (String root :
        List.of("processor/src/test/resources/expected", "samples", "spring-boot/src")) {
      try (Stream<Path> files = Files.walk(repository.resolve(root))) {
        files
            .filter(file -> file.getFileName().toString().matches("\\d{4,}-[0-9a-f]{8}\\.json"))
            .filter(file -> !file.toString().contains("/target/"))
            .sorted()
            .forEach(snapshots::add);
      }
    }
    assertTrue(snapshots.size() >= 15, "found only " + snapshots);
    return snapshots.stream();
  }
}
