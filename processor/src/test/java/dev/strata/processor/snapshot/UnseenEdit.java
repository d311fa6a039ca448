package dev.strata.processor.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

/**
 * An edit that a file's size and modification time do not show: what a cache keyed on them misses.
 */
public final class UnseenEdit {

  private UnseenEdit() {}

  /** Replaces the file's content by garbage of its size, and puts its modification time back. */
  public static void overwriteKeepingSizeAndTime(Path file) throws IOException {
    FileTime modified = Files.getLastModifiedTime(file);
    byte[] garbage = new byte[(int) Files.size(file)];
    Arrays.fill(garbage, (byte) '#');
    Files.write(file, garbage);
    Files.setLastModifiedTime(file, modified);
  }
}
