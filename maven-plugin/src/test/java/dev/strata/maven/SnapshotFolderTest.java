package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The goals watch the folder the processor writes to, wherever the build puts it. */
class SnapshotFolderTest {

  private static final Path MODULE = Path.of("/work/shop");

  @Test
  void theCompilersOptionMovesItRelativeToTheModule() {
    assertEquals(
        MODULE.resolve("db/strata"),
        SnapshotFolder.of(
            null, MODULE, List.of("-Astrata.set=main", "-Astrata.snapshots=db/strata")));
  }

  @Test
  void anAbsoluteOptionIsTakenAsItIs() {
    assertEquals(
        Path.of("/srv/strata"),
        SnapshotFolder.of(null, MODULE, List.of("-Astrata.snapshots=/srv/strata")));
  }

  @Test
  void thePluginsOwnParameterWins() {
    assertEquals(
        Path.of("/elsewhere"),
        SnapshotFolder.of(new File("/elsewhere"), MODULE, List.of("-Astrata.snapshots=db/strata")));
  }

  @Test
  void withoutEitherItIsTheProcessorsDefault() {
    assertEquals(MODULE.resolve("src/main/strata"), SnapshotFolder.of(null, MODULE, List.of()));
  }
}
