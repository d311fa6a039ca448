package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever happens to a committed snapshot file, reading the history ends in a snapshot error that
 * names the file in the user's words, never in another exception; and a build over a damaged
 * history fails without changing the snapshot folder.
 */
class CorruptedSnapshotProperties {

  /** What no message to the user may contain: the internals of Jackson, NIO and the JDK. */
  private static final List<String> INTERNALS =
      List.of("Source:", "REDACTED", "Optional[", "Exception", "malformed: null", "java.", "[line");

  private static Path history;

  /** Two versions of views and tables, recorded once by real builds, copied for each try. */
  @BeforeContainer
  static void recordHistory() throws IOException {
    history = Files.createTempDirectory("strata-history");
    StrataCompiler compiler = new StrataCompiler(history).withOption("-Astrata.tables=true");
    assertThat(compiler.compileResources(version(1))).succeeded();
    assertThat(compiler.compileResources(version(2))).succeeded();
    assertEquals(2, Assertions.files(history).size());
  }

  @Property(tries = 300)
  void readingADamagedHistoryIsACleanErrorNamingTheFile(
      @ForAll("corruptions") SnapshotCorruption corruption, @ForAll boolean newest)
      throws IOException {
    Path folder = copyOfHistory();
    Path damaged = corruption.apply(Assertions.files(folder).get(newest ? 1 : 0));
    Map<String, String> before = contents(folder);

    try {
      new SnapshotStore(folder).read();
      Statistics.label("outcome").collect("harmless");
    } catch (SnapshotException e) {
      Statistics.label("outcome").collect(corruption.renamed() ? "refused, renamed" : "refused");
      assertTrue(Files.isSameFile(damaged.getParent(), e.file().getParent()), e.file().toString());
      assertInUsersWords(e.getMessage());
    }
    assertEquals(before, contents(folder));
  }

  @Property(tries = 12)
  void aBuildOverADamagedHistoryFailsAndChangesNothing(
      @ForAll("corruptions") SnapshotCorruption corruption) throws IOException {
    Path folder = copyOfHistory();
    Path damaged = corruption.apply(Assertions.files(folder).get(1));
    Map<String, String> before = contents(folder);

    Compilation compilation =
        new StrataCompiler(folder).withOption("-Astrata.tables=true").compileResources(version(3));

    assertFalse(
        compilation.diagnostics().stream()
            .anyMatch(d -> d.getMessage(null).contains("internal error")),
        () -> compilation.diagnostics().toString());
    if (!readable(folder)) {
      assertThat(compilation).hadErrorContaining("Strata cannot use snapshot " + folder);
    }
    if (compilation.status() == Compilation.Status.FAILURE) {
      // A damage that still reads, renamed after its content, is a history that says something
      // else; the build then fails on the model, as it would over that history written by hand.
      assertEquals(before, contents(folder));
    } else {
      assertEquals(damaged, Assertions.snapshotFile(folder, 2), "only a harmless damage builds");
    }
  }

  @Provide
  Arbitrary<SnapshotCorruption> corruptions() {
    return Combinators.combine(
            Arbitraries.of(SnapshotCorruption.Kind.class),
            Arbitraries.longs(),
            Arbitraries.of(true, false))
        .as(SnapshotCorruption::new);
  }

  private static String[] version(int version) {
    return Stream.of("Customer", "CustomerTotal", "PurchaseOrder")
        .map(name -> "tables/v" + version + "/" + name + ".java")
        .toArray(String[]::new);
  }

  private static Path copyOfHistory() throws IOException {
    Path folder = Files.createTempDirectory("strata-damaged");
    for (Path file : Assertions.files(history)) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    return folder;
  }

  private static boolean readable(Path folder) {
    try {
      new SnapshotStore(folder).read();
      return true;
    } catch (SnapshotException e) {
      return false;
    }
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        contents.put(file.getFileName().toString(), Arrays.toString(Files.readAllBytes(file)));
      }
    }
    return contents;
  }

  private static void assertInUsersWords(String message) {
    for (String internal : INTERNALS) {
      assertFalse(message.contains(internal), () -> "\"" + internal + "\" in: " + message);
    }
  }
}
