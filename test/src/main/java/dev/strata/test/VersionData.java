package dev.strata.test;

import java.util.Objects;

/**
 * The user's rows for one version: written once the walk reaches it, checked after the upgrade to
 * the next version and again after the downgrade back to it.
 */
record VersionData(ConnectionWork insert, ConnectionWork verify) {

  VersionData {
    Objects.requireNonNull(insert, "insert");
    Objects.requireNonNull(verify, "verify");
  }
}
