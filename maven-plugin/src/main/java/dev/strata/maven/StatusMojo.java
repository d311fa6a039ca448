package dev.strata.maven;

import dev.strata.runtime.Strata;

/** {@code strata:status}: every migration, applied or pending; changes nothing. */
public final class StatusMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) {
    for (String line : strata.status().toString().split("\n")) {
      getLog().info(line);
    }
  }
}
