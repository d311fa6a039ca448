package dev.strata.runtime.internal.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names a database's migration lock after the history table it guards, so that runs on the same
 * table wait for each other and runs on other tables do not; stable across processes and versions.
 */
final class LockNames {

  /** What every name of a Strata lock begins with, so that a step's SQL naming one is told. */
  static final String PREFIX = "strata:";

  // MySQL refuses longer lock names
  private static final int MAX_NAMED_LOCK = 64;

  private LockNames() {}

  /** PostgreSQL's advisory lock key: the first 8 bytes of the SHA-256 of the lower-cased name. */
  static long advisoryKey(String qualifiedTable) {
    byte[] hash = sha256(PREFIX + qualifiedTable.toLowerCase(Locale.ROOT));
    long key = 0;
    for (int i = 0; i < 8; i++) {
      key = (key << 8) | (hash[i] & 0xFF);
    }
    return key;
  }

  /** MySQL's and MariaDB's {@code GET_LOCK} name: readable where it fits, else hashed. */
  static String namedLock(String qualifiedTable) {
    String name = PREFIX + qualifiedTable;
    if (name.length() <= MAX_NAMED_LOCK) {
      return name;
    }
    return PREFIX + HexFormat.of().formatHex(sha256(name), 0, 24);
  }

  /**
   * The table that holds the migration lease for {@code historyTable} on a multi-writer cluster:
   * its name with {@code _lease} appended, in its schema; shortened with a hash where MySQL's limit
   * of 64 characters would cut it.
   */
  static String leaseTable(String historyTable) {
    int dot = historyTable.indexOf('.');
    String schema = dot < 0 ? "" : historyTable.substring(0, dot + 1);
    String table = historyTable.substring(dot + 1);
    String name = table + "_lease";
    if (name.length() > MAX_NAMED_LOCK) {
      name =
          table.substring(0, 40) + "_" + HexFormat.of().formatHex(sha256(table), 0, 8) + "_lease";
    }
    return schema + name;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
