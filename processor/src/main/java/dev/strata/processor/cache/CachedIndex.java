package dev.strata.processor.cache;

import java.util.Objects;

/**
 * The generated index as an earlier build wrote it, so that a build listing the same migrations
 * does not write its text again.
 *
 * @param key the hash of everything the source was generated from ({@link IndexKey})
 * @param source the whole generated source text
 */
public record CachedIndex(String key, String source) {

  static final CachedIndex NONE = new CachedIndex("", "");

  public CachedIndex {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
  }
}
