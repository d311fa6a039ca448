package dev.strata.processor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one hash Strata records: of a query's canonical form, a migration, a snapshot file. */
public final class Sha256 {

  // looked up once: a build hashes thousands of texts, and each provider lookup costs more than
  // hashing a short text; the prototype is never updated, so cloning it is safe from any thread
  private static final MessageDigest PROTOTYPE = newDigest();

  private Sha256() {}

  /** The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
  public static String hex(String text) {
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest digest() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return newDigest();
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
