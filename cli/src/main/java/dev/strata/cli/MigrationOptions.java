package dev.strata.cli;

import dev.strata.runtime.Configuration;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where a command finds the generated migrations: jars and class folders given with {@code
 * --migrations}, read through a class loader of their own. Their {@code MigrationSource}s are found
 * here with {@link ServiceLoader}, as the runtime would, and handed to it, so that the commands
 * know the sets (for {@code --set}) and can say that none was found before connecting.
 */
final class MigrationOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(
      names = {"-m", "--migrations"},
      paramLabel = "PATH",
      split = ",",
      description =
          "Jars or class folders with generated migrations (and their"
              + " META-INF/services entry), a Spring Boot jar read from its BOOT-INF/classes;"
              + " separate with commas or repeat the option.")
  private List<Path> paths = new ArrayList<>();

  private ClassLoader classLoader;
  private List<MigrationSource> sources;

  /**
   * A class loader over the paths, whose parent has the runtime and the bundled drivers.
   *
   * @throws ConfigurationException if a path is neither a jar nor a folder
   */
  ClassLoader classLoader() {
    if (classLoader == null) {
      List<URL> urls = new ArrayList<>();
      for (Path path : paths) {
        urls.add(url(path));
      }
      classLoader =
          new URLClassLoader(
              "strata-migrations", urls.toArray(URL[]::new), Main.class.getClassLoader());
    }
    return classLoader;
  }

  /**
   * Loads the migrations into {@code configuration}.
   *
   * @throws ConfigurationException if no migrations are found, or they are inconsistent
   */
  Strata load(Configuration configuration) {
    if (sources().isEmpty()) {
      throw new ConfigurationException(Messages.noMigrations(paths));
    }
    try {
      return configuration.sources(sources()).load();
    } catch (StrataException e) {
      throw new ConfigurationException(e.getMessage(), e);
    } catch (LinkageError e) {
      throw new ConfigurationException(Messages.unlinkableSource(paths, e), e);
    }
  }

  /**
   * The set to work on: {@code requested} if given, else the only one loaded.
   *
   * @throws ParameterException if several sets are loaded and none is requested
   */
  String set(String requested) {
    if (requested != null) {
      return requested;
    }
    List<String> names = sources().stream().map(MigrationSource::set).sorted().toList();
    if (names.size() > 1) {
      throw new ParameterException(command.commandLine(), Messages.severalSets(names));
    }
    if (names.isEmpty()) {
      throw new ConfigurationException(Messages.noMigrations(paths));
    }
    return names.get(0);
  }

  /** The newest version of a loaded {@code set}, or 0 if no such set is loaded. */
  int newestVersion(String set) {
    return sources().stream()
        .filter(source -> source.set().equals(set))
        .mapToInt(source -> source.migrations().size())
        .max()
        .orElse(0);
  }

  private List<MigrationSource> sources() {
    if (sources == null) {
      List<MigrationSource> found = new ArrayList<>();
      try {
        ServiceLoader.load(MigrationSource.class, classLoader()).forEach(found::add);
      } catch (ServiceConfigurationError e) {
        throw new ConfigurationException(Messages.unloadableSource(paths, e), e);
      } catch (LinkageError e) {
        // an Error escapes picocli's handler: a stack trace and exit code 1 instead of a message
        throw new ConfigurationException(Messages.unlinkableSource(paths, e), e);
      }
      sources = List.copyOf(found);
    }
    return sources;
  }

  private static URL url(Path path) {
    // an empty path is the working folder to the JDK: not what -m "$UNSET" means
    if (path.toString().isEmpty()) {
      throw new ConfigurationException(Messages.EMPTY_PATH);
    }
    if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
      throw new ConfigurationException(Messages.notAPath(path));
    }
    try {
      URL url = path.toAbsolutePath().toUri().toURL();
      String bootClasses = Files.isRegularFile(path) ? springBootClasses(path) : null;
      // a class loader reads a folder inside a jar as it reads a class folder
      return bootClasses == null ? url : new URL("jar:" + url + "!/" + bootClasses);
    } catch (MalformedURLException e) {
      throw new ConfigurationException(Messages.notAPath(path), e);
    }
  }

  /**
   * The folder of the application's own classes in a Spring Boot executable jar or war, as its
   * manifest names it ({@code BOOT-INF/classes/}), or null for any other file: the root of such a
   * jar holds Spring Boot's launcher, not the application.
   */
  private static String springBootClasses(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String folder =
          manifest == null ? null : manifest.getMainAttributes().getValue("Spring-Boot-Classes");
      return folder == null || folder.isBlank()
          ? null
          : folder.endsWith("/") ? folder : folder + "/";
    } catch (IOException e) {
      // not a jar: the class loader finds nothing in it, and the command says so
      return null;
    }
  }
}
