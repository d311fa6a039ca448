package dev.strata.maven;

import java.util.Properties;

/** Where to connect and as whom; the password never appears in a message. */
record DatabaseLogin(String url, String user, String password) {

  Properties properties() {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  /** The URL without its parameters, which may hold a password. */
  String redactedUrl() {
    int parameters = url.indexOf('?');
    return parameters < 0 ? url : url.substring(0, parameters);
  }
}
