package dev.strata.runtime;

import static java.lang.invoke.MethodType.methodType;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.command.Migrator;
import dev.strata.runtime.testing.ClassPathSource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code module-info.java} promises, checked against the module that the JVM built from it:
 * only the surefire execution {@code module-path} runs this class, on the module path, with the
 * tests patched into the runtime's module.
 */
class ModulePathTest {

  private static final Module RUNTIME = Strata.class.getModule();
  private static final String API = "dev.strata.runtime";

  @Test
  void theRuntimeIsANamedModuleThatExportsOnlyItsApi() {
    assertTrue(RUNTIME.isNamed(), "not on the module path: " + RUNTIME);
    ModuleDescriptor descriptor = RUNTIME.getDescriptor();

    assertEquals(API, descriptor.name());
    assertEquals(Set.of(API), names(descriptor.exports().stream().map(Exports::source)));
    assertTrue(descriptor.exports().stream().noneMatch(Exports::isQualified));
    assertFalse(descriptor.isOpen());
    assertEquals(Set.of(), descriptor.opens());
    for (String pkg : RUNTIME.getPackages()) {
      assertEquals(pkg.equals(API), RUNTIME.isExported(pkg), pkg);
    }
  }

  @Test
  void theRuntimeNeedsTheJdkOnly() {
    Set<String> required = names(RUNTIME.getDescriptor().requires().stream().map(Requires::name));

    assertEquals(Set.of("java.base", "java.sql"), required);
  }

  @Test
  void internalsAreNotAccessibleFromOutsideTheModule() {
    MethodHandles.Lookup outside = MethodHandles.publicLookup();

    assertThrows(
        IllegalAccessException.class,
        () ->
            outside.findStatic(
                Migrator.class,
                "create",
                methodType(
                    Migrator.class, DataSource.class, String.class, List.class, Duration.class)));
    assertThrows(
        IllegalAccessException.class,
        () ->
            outside.findStatic(
                Identifiers.class,
                "requireValid",
                methodType(String.class, String.class, String.class)));
    assertDoesNotThrow(
        () ->
            outside.findStatic(
                Strata.class, "configure", methodType(Configuration.class, DataSource.class)));
  }

  @Test
  void serviceLoaderFindsSourcesOutsideTheModuleThroughItsUsesClause(@TempDir Path classPath)
      throws Exception {
    try (URLClassLoader loader = classPathWith(ClassPathSource.class, classPath)) {
      Class<?> provider = loader.loadClass(ClassPathSource.class.getName());
      assertFalse(provider.getModule().isNamed(), "the provider must be outside any module");

      String sql = Strata.configure().classLoader(loader).load().renderSql(DatabaseKind.H2);

      assertTrue(sql.contains("-- V0001 \"Create module_check\" of set classpath\n"), sql);
    }
  }

  /**
   * A class loader like a jar on the class path that holds {@code provider} and lists it in {@code
   * META-INF/services}: it defines the class itself, in its unnamed module, where a parent-first
   * loader would find the copy patched into the runtime's module.
   */
  private static URLClassLoader classPathWith(Class<?> provider, Path root) throws IOException {
    String name = provider.getName();
    Path services = root.resolve("META-INF/services/" + MigrationSource.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, name + "\n");
    Path classFile = root.resolve(name.replace('.', '/') + ".class");
    Files.createDirectories(classFile.getParent());
    try (InputStream bytes = provider.getResourceAsStream(provider.getSimpleName() + ".class")) {
      Files.write(classFile, bytes.readAllBytes());
    }
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, provider.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String className, boolean resolve)
          throws ClassNotFoundException {
        if (!className.equals(name)) {
          return super.loadClass(className, resolve);
        }
        synchronized (getClassLoadingLock(className)) {
          Class<?> loaded = findLoadedClass(className);
          return loaded != null ? loaded : findClass(className);
        }
      }
    };
  }

  private static Set<String> names(java.util.stream.Stream<String> names) {
    return names.collect(Collectors.toSet());
  }
}
