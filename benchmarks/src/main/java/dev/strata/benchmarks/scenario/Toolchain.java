package dev.strata.benchmarks.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars a compilation of view classes needs: what the views compile against, and Strata's
 * processor with its dependencies.
 *
 * @param classpath {@code strata-annotations} and {@code strata-runtime}
 * @param processorPath {@code strata-processor} and what it depends on
 */
public record Toolchain(List<Path> classpath, List<Path> processorPath) {

  public Toolchain {
    classpath = List.copyOf(classpath);
    processorPath = List.copyOf(processorPath);
  }

  /** A compilation of {@code sources} with the processor and {@code options}. */
  public CompileJob withProcessor(
      List<Path> sources,
      Path classes,
      Path generated,
      List<Path> extraClasspath,
      List<String> options) {
    List<Path> fullClasspath = Stream.concat(classpath.stream(), extraClasspath.stream()).toList();
    return new CompileJob(sources, classes, generated, fullClasspath, processorPath, options);
  }

  /**
   * A digest of every jar's bytes, so that cached scenarios are rebuilt when the processor or the
   * runtime changes.
   */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path jar : Stream.concat(classpath.stream(), processorPath.stream()).toList()) {
        digest.update(jar.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
