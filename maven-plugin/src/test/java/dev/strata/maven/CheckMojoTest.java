package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata:check} given at the root of a multi-module build runs in every module, the parent
 * POM and others without main sources too: there is nothing to check, and it passes saying so.
 */
class CheckMojoTest {

  @TempDir Path module;

  @Test
  void aModuleWithoutMainSourcesPassesSayingThereIsNothingToCheck() throws Exception {
    // a folder of sources without any, as a module with resources only may have
    Files.createDirectories(module.resolve("src/main/java"));
    CheckMojo mojo = new CheckMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    set(mojo, "project", TestProjects.module(module, "parent", "pom"));

    mojo.execute();

    assertEquals(List.of("Nothing to check in it.strata:parent: no main sources"), log.infoLines());
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = CheckMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
