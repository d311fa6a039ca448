package dev.strata.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * {@code strata:fingerprint}: records the snapshot folder as the compile left it, with the snapshot
 * the processor may just have written, for {@code strata:snapshots} to compare the next build with.
 * Bound to {@code compile}, where it runs after the compiler (Maven runs the lifecycle's own
 * bindings of a phase first), so that {@code mvn compile} records it too.
 */
public final class FingerprintMojo extends AbstractMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  private File snapshots;

  private File buildDirectory;

  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      return;
    }
    Path target = buildDirectory.toPath();
    try {
      FingerprintFile.in(target).write(SnapshotFingerprint.of(snapshots.toPath()));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not record the snapshots in " + snapshots + " (" + e + ")", e);
    }
  }
}
