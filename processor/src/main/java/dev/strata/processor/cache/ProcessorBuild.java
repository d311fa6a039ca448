package dev.strata.processor.cache;

import dev.strata.processor.model.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Tells one build of the processor from another: what the cache holds was made by one build, and
 * another (an upgrade, or a processor being developed) may plan, generate or analyse differently.
 * The jar the processor runs from by name, size and modification time; classes in a folder by the
 * size and modification time of each file.
 */
final class ProcessorBuild {

  private static final String IDENTITY = compute();

  private ProcessorBuild() {}

  static String identity() {
    return IDENTITY;
  }

  private static String compute() {
    CodeSource source = ProcessorBuild.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return unknown();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      StringBuilder text = new StringBuilder(location.toString()).append('\n');
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          // sorted: the identity must not depend on the order the file system lists
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            describe(location.relativize(file).toString(), file, text);
          }
        }
      } else {
        describe(location.getFileName().toString(), location, text);
      }
      return Sha256.hex(text.toString());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return unknown();
    }
  }

  private static void describe(String name, Path file, StringBuilder text) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    text.append(name)
        .append(' ')
        .append(attributes.size())
        .append(' ')
        .append(attributes.lastModifiedTime().toMillis())
        .append('\n');
  }

  /** A build that cannot be told from another shares nothing with any: a fresh value per run. */
  private static String unknown() {
    return "unknown-" + System.nanoTime() + "-" + System.identityHashCode(new Object());
  }
}
