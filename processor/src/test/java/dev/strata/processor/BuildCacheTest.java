package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.snapshot.UnseenEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache under {@code target/strata-cache/} saves work and changes nothing: a build that
 * uses it writes byte for byte what a clean build writes, whatever happened to the snapshots or to
 * the cache file in between.
 */
class BuildCacheTest {

  private static final Map<String, String> V1 = Map.of("A", view("A", "a", "SELECT 1 AS x"));
  private static final Map<String, String> V2 =
      Map.of("A", view("A", "a", "SELECT 1 AS x"), "B", view("B", "b", "SELECT 2 AS y"));
  private static final Map<String, String> V3 =
      Map.of(
          "A", view("A", "a", "SELECT 10 AS x"),
          "B", view("B", "b", "SELECT 2 AS y"),
          "C", view("C", "c", "SELECT 3 AS z FROM b"));
  private static final Map<String, String> V3_OTHER_BRANCH =
      Map.of(
          "A", view("A", "a", "SELECT 1 AS x"),
          "B", view("B", "b", "SELECT 2 AS y, 20 AS w"));

  @TempDir Path root;

  @Test
  void aBuildWithTheCacheWritesTheBytesOfACleanBuild() throws IOException {
    DiskBuild build = threeVersions();
    build.clean();
    Result clean = build(build);

    assertTrue(Files.isRegularFile(build.cacheFile()), "the clean build keeps a cache");
    Result cached = build(build);

    assertEquals(clean, cached);
    assertEquals(3, cached.snapshots().size());
  }

  @Test
  void aBuildWithoutTheCacheOptionKeepsNoCacheAndWritesTheSame() throws IOException {
    DiskBuild build = threeVersions();
    build.clean();
    Result cached = build(build);
    build.clean();

    Result uncached = build(build, "-Astrata.cache=false");

    assertEquals(cached, uncached);
    assertFalse(Files.exists(build.cacheFolder()), "-Astrata.cache=false writes no cache");
  }

  @Test
  void anUntouchedOldSnapshotIsNotReadAgain() throws IOException {
    DiskBuild build = threeVersions();
    setAllSnapshotTimes(build, Instant.now().minus(Duration.ofHours(1)));
    build.clean();
    Result clean = build(build);
    // same name, size and modification time: the cache trusts it and the build never opens it
    Path first = build.snapshot(1);
    UnseenEdit.overwriteKeepingSizeAndTime(first);

    Result cached = build(build);
    DiskBuild.Outcome uncached = build.compile("-Astrata.cache=false");

    assertEquals(clean.generated(), cached.generated());
    assertFalse(uncached.succeeded(), "without the cache the build reads it and refuses it");
    assertTrue(uncached.messages().contains(first.getFileName().toString()), uncached.messages());
  }

  @Test
  void aModuleOfTablesAloneDoesNotReadItsOldSnapshotsAgainEither() throws IOException {
    DiskBuild build = new DiskBuild(root);
    for (String fields :
        List.of("", "private String name;", "private String name; private int age;")) {
      DiskBuild.Outcome outcome =
          build.sources(Map.of("Person", entity(fields))).compile("-Astrata.tables=true");
      assertTrue(outcome.succeeded(), outcome.messages());
    }
    setAllSnapshotTimes(build, Instant.now().minus(Duration.ofHours(1)));
    build.clean();
    Result clean = build(build, "-Astrata.tables=true");
    // same name, size and modification time: the cache trusts it and the build never opens it
    UnseenEdit.overwriteKeepingSizeAndTime(build.snapshot(1));

    Result cached = build(build, "-Astrata.tables=true");

    assertEquals(clean.generated(), cached.generated());
  }

  @Test
  void aSnapshotChangedInTheClockTickOfItsReadIsReadAgainDespiteItsSizeAndTime()
      throws IOException {
    DiskBuild build = threeVersions();
    // a time the clean build cannot tell from the moment it reads the file, as when both fall in
    // one tick of the file system's clock
    setAllSnapshotTimes(build, Instant.now().plus(Duration.ofHours(1)));
    build.clean();
    build(build);
    Path first = build.snapshot(1);
    UnseenEdit.overwriteKeepingSizeAndTime(first);

    DiskBuild.Outcome cached = build.compile();

    assertFalse(cached.succeeded(), "the cache must not vouch for a file changed so soon");
    assertTrue(cached.messages().contains(first.getFileName().toString()), cached.messages());
  }

  @Test
  void aSnapshotEditedUnderItsOwnNameIsReadAndRefusedDespiteTheCache() throws IOException {
    DiskBuild build = threeVersions();
    build(build);
    Path second = build.snapshot(2);
    Files.writeString(second, Files.readString(second).replace("SELECT 2 AS y", "SELECT 22 AS y"));

    DiskBuild.Outcome edited = build.compile();

    assertFalse(edited.succeeded());
    assertTrue(edited.messages().contains(second.getFileName().toString()), edited.messages());
    assertTrue(edited.messages().contains("edited"), edited.messages());
  }

  @Test
  void aDeletedSnapshotIsRecordedAgainAndItsMigrationRegenerated() throws IOException {
    DiskBuild build = threeVersions();
    Result before = build(build);
    Files.delete(build.snapshot(3));

    Result cached = build(build);

    assertEquals(before, cached);
  }

  @Test
  void aSnapshotReplacedByAnotherBranchsGivesTheMigrationsOfACleanBuild() throws IOException {
    DiskBuild build = threeVersions();
    build(build);
    Files.delete(build.snapshot(3));
    build.sources(V3_OTHER_BRANCH);

    Result cached = build(build);
    build.clean();
    Result clean = build(build);

    assertEquals(clean, cached);
    assertTrue(
        cached.generated().keySet().stream().anyMatch(name -> name.contains("V0003_ReplaceB")),
        cached.generated().keySet().toString());
  }

  @Test
  void aDamagedCacheFileIsIgnoredWithoutAWord() throws IOException {
    DiskBuild build = threeVersions();
    build.clean();
    Result clean = build(build);
    Path cache = build.cacheFile();
    String text = Files.readString(cache);
    String[] damages = {
      "",
      "not a cache",
      text.substring(0, text.length() / 2),
      text.replace("\"source\":\"", "\"source\":\"// edited\\n"),
      "0".repeat(64) + "\n{}",
    };

    for (String damage : damages) {
      Files.write(cache, damage.getBytes(StandardCharsets.UTF_8));
      DiskBuild.Outcome outcome = build.compile();

      assertTrue(outcome.succeeded(), outcome.messages());
      assertTrue(
          outcome.diagnostics().stream()
              .noneMatch(
                  d ->
                      d.getKind() == Diagnostic.Kind.WARNING
                          || d.getKind() == Diagnostic.Kind.ERROR),
          outcome.messages());
      assertEquals(clean.generated(), build.generated(), "after the cache held: " + damage);
      assertNotEquals(damage, Files.readString(cache), "the build replaces a damaged cache");
    }
  }

  private static void setAllSnapshotTimes(DiskBuild build, Instant time) throws IOException {
    for (int version = 1; version <= build.snapshotFiles().size(); version++) {
      Files.setLastModifiedTime(build.snapshot(version), FileTime.from(time));
    }
  }

  /** Three versions recorded by three successive builds, the way a developer records them. */
  private DiskBuild threeVersions() throws IOException {
    DiskBuild build = new DiskBuild(root);
    for (Map<String, String> version : List.of(V1, V2, V3)) {
      DiskBuild.Outcome outcome = build.sources(version).compile();
      assertTrue(outcome.succeeded(), outcome.messages());
    }
    assertEquals(3, build.snapshotFiles().size());
    return build;
  }

  private record Result(Map<String, String> generated, Map<String, String> snapshots) {}

  private static Result build(DiskBuild build, String... options) throws IOException {
    DiskBuild.Outcome outcome = build.compile(options);
    assertTrue(outcome.succeeded(), outcome.messages());
    return new Result(build.generated(), build.snapshotFiles());
  }

  private static String entity(String fields) {
    return "package com.example.people;\n\n"
        + "@jakarta.persistence.Entity\n"
        + "public class Person {\n"
        + "  @jakarta.persistence.Id private Long id;\n"
        + "  "
        + fields
        + "\n}\n";
  }

  private static String view(String className, String name, String sql) {
    return "package com.example;\n\n"
        + "@dev.strata.View(name = \""
        + name
        + "\", sql = \""
        + sql
        + "\")\n"
        + "public class "
        + className
        + " {}\n";
  }
}
