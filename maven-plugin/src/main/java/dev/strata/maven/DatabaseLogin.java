package dev.strata.maven;

import dev.strata.runtime.DriverDataSource;

/** Where to connect and as whom; the password never appears in a message. */
record DatabaseLogin(String url, String user, String password) {

  /** The URL without a login or parameters, which may hold a password. */
  String redactedUrl() {
    return DriverDataSource.redacted(url);
  }
}
