package dev.strata.processor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.snapshot.SnapshotFileFacts;
import dev.strata.processor.snapshot.SnapshotHeader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cache file reads back what was written, and reads as nothing once any byte changed. */
class CacheFileTest {

  private static final CacheContent CONTENT =
      new CacheContent(
          "processor-build",
          List.of(
              new SnapshotFileFacts(
                  "0001-1f2e3d4c.json",
                  120,
                  1_700_000_000_123_456_789L,
                  "ab".repeat(32),
                  new SnapshotHeader(
                      1, "main", Optional.empty(), PlanningRules.CURRENT, List.of(), List.of()),
                  1_700_000_100_000_000_000L),
              new SnapshotFileFacts(
                  "0002-00aa11bb.json",
                  140,
                  1_700_000_001_000_000_000L,
                  "cd".repeat(32),
                  new SnapshotHeader(
                      2,
                      "main",
                      Optional.of("0001-1f2e3d4c"),
                      PlanningRules.VIEWS_PER_TABLE,
                      List.of(
                          new StepDefinition("com.example.Backfill", StepPosition.AFTER_GENERATED)),
                      List.of("", "com.example")),
                  1_700_000_001_500_000_000L)),
          new CacheContent.AnalysedViews("cd".repeat(32), Set.of("b", "a")),
          List.of(
              new CachedMigration(
                  "ef".repeat(32),
                  1,
                  "Create \"a\"",
                  "V0001_CreateA",
                  "12".repeat(32),
                  List.of("a"),
                  "package x;\n\nfinal class V0001_CreateA {}\n")),
          new CachedIndex("34".repeat(32), "package x;\n\npublic final class MainMigrations {}\n"));

  @Test
  void whatIsWrittenReadsBack() {
    assertEquals(Optional.of(CONTENT), CacheFile.decode(CacheFile.encode(CONTENT)));
  }

  @Test
  void anyChangedByteReadsAsNothing() {
    String text = CacheFile.encode(CONTENT);
    for (int i = 0; i < text.length(); i += 7) {
      char replaced = text.charAt(i) == '0' ? '1' : '0';
      String damaged = text.substring(0, i) + replaced + text.substring(i + 1);

      assertTrue(CacheFile.decode(damaged).isEmpty(), "byte " + i + " changed");
    }
  }
}
