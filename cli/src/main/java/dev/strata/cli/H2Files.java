package dev.strata.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Checks the folder of an H2 file database before H2 opens it: where H2 cannot create the folder it
 * fails, and first prints its trace file's error, a stack trace of some fifty lines, on standard
 * output and standard error, around strata's message and inside the JSON of {@code --json}.
 */
final class H2Files {

  private static final String PREFIX = "jdbc:h2:";

  // H2's ErrorCode.DATABASE_IS_READ_ONLY
  private static final int H2_READ_ONLY = 90097;

  private H2Files() {}

  /**
   * @throws ConfigurationException if {@code url} names an H2 file database that does not exist in
   *     a folder that cannot be created or written: a file stands where a folder must be, or the
   *     nearest folder that exists is not writable by this user
   */
  static void check(String url) {
    Path database = databasePath(url);
    if (database == null || Files.exists(Path.of(database + ".mv.db"))) {
      return;
    }
    // the nearest part of the path that exists must be a folder, for H2 to create the rest in
    for (Path part = database.getParent(); part != null; part = part.getParent()) {
      if (Files.exists(part)) {
        if (!Files.isDirectory(part)) {
          throw new ConfigurationException(Messages.h2FolderIsAFile(url, part));
        }
        if (!Files.isWritable(part)) {
          throw new ConfigurationException(Messages.h2FolderNotWritable(url, part));
        }
        return;
      }
    }
  }

  /**
   * {@code failure} told as a write to an H2 file database that H2 opened read only, or null when
   * it is another failure or another database. H2 opens a file database read only, quietly, where
   * this user may not write its file or folder: the first write then failed with H2's "The database
   * is read only" inside the runtime's advice to grant the database user privileges, which an H2
   * file has none of.
   */
  static ConfigurationException readOnly(String url, Throwable failure) {
    Path database = databasePath(url);
    if (database == null || !wroteReadOnly(failure)) {
      return null;
    }
    return new ConfigurationException(
        Messages.h2ReadOnly(url, Path.of(database + ".mv.db")), failure);
  }

  private static boolean wroteReadOnly(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == H2_READ_ONLY) {
        return true;
      }
    }
    return false;
  }

  /** The path of the database's files without their ending, or null for none on this machine. */
  private static Path databasePath(String url) {
    if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return null;
    }
    String name = url.substring(PREFIX.length());
    int settings = name.indexOf(';');
    if (settings >= 0) {
      name = name.substring(0, settings);
    }
    if (name.regionMatches(true, 0, "file:", 0, "file:".length())) {
      name = name.substring("file:".length());
    } else if (!(name.startsWith("/") || name.startsWith("./") || name.startsWith("~"))) {
      // mem:, tcp:, ssl:, zip: and the other file systems: not a folder of this machine to check
      return null;
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    try {
      return Path.of(name).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
