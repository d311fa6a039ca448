package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A URL that no JDBC driver on the goals' class path accepts fails naming where the driver goes:
 * the goals load the project's compile and runtime dependencies, not its test ones, where an H2
 * used by tests alone often is.
 */
class MissingDriverTest {

  @TempDir Path module;

  @Test
  void aUrlNoDriverAcceptsSaysWhereToAddTheDriver() throws Exception {
    Path index = module.resolve("target/classes").resolve(ProcessorRun.INDEX);
    Files.createDirectories(index.getParent());
    Files.writeString(index, "it.shop.MainMigrationIndex\n");
    StatusMojo mojo = new StatusMojo();
    mojo.setLog(new RecordedLog());
    set(mojo, "project", TestProjects.module(module, "shop", "jar"));
    set(mojo, "url", "jdbc:nosuchdb://db/shop?password=secret");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals(
        "No JDBC driver accepts the URL jdbc:nosuchdb://db/shop: add the driver to the plugin's"
            + " <dependencies>, or to the project's dependencies in compile or runtime scope (the"
            + " goals do not load test-scoped ones)",
        failure.getMessage());
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = DatabaseMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
