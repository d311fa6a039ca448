package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same views, handed to the compiler in a different order, give the same bytes. */
class DeterminismTest {

  @TempDir Path first;
  @TempDir Path second;

  @Test
  void sourceOrderChangesNoByteOfTheSnapshotsOrTheGeneratedCode() throws IOException {
    Compilation forward =
        new StrataCompiler(first)
            .compileResources(
                "evolution/v2/ActiveUser.java",
                "evolution/v2/ActiveUserEmail.java",
                "evolution/v2/BigSpender.java",
                "evolution/v2/OrderTotal.java");
    Compilation backward =
        new StrataCompiler(second)
            .compileResources(
                "evolution/v2/OrderTotal.java",
                "evolution/v2/BigSpender.java",
                "evolution/v2/ActiveUserEmail.java",
                "evolution/v2/ActiveUser.java");

    assertArrayEquals(
        Files.readAllBytes(Assertions.snapshotFile(first, 1)),
        Files.readAllBytes(Assertions.snapshotFile(second, 1)));
    assertEquals(
        Assertions.snapshotFile(first, 1).getFileName(),
        Assertions.snapshotFile(second, 1).getFileName());
    assertEquals(generatedSources(forward), generatedSources(backward));
  }

  private static Map<String, String> generatedSources(Compilation compilation) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      sources.put(file.getName(), file.getCharContent(false).toString());
    }
    return sources;
  }
}
