package dev.strata.test;

import dev.strata.runtime.MigrationSource;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the generated migration index of the module under test, the way the runtime does. */
final class SourceFinder {

  private SourceFinder() {}

  /** The source of the snapshots' set, checked to have one migration per snapshot. */
  static MigrationSource find(ClassLoader loader, List<ExpectedSchema> chain) {
    String set = chain.get(0).set();
    for (MigrationSource source : ServiceLoader.load(MigrationSource.class, loader)) {
      if (source.set().equals(set)) {
        return checked(source, chain);
      }
    }
    throw new IllegalStateException(
        "No MigrationSource of set '"
            + set
            + "' on the class path: compile the module under test (mvn compile) so that Strata"
            + " generates its migrations, or give the kit the class loader that sees them");
  }

  private static MigrationSource checked(MigrationSource source, List<ExpectedSchema> chain) {
    int migrations = source.migrations().size();
    if (migrations != chain.size()) {
      throw new IllegalStateException(
          "The compiled migrations of set '"
              + source.set()
              + "' end at version "
              + migrations
              + " but the snapshots at version "
              + chain.size()
              + ": recompile the module (mvn clean compile) so that both come from one chain");
    }
    return source;
  }
}
