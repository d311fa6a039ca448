package dev.strata.runtime.internal.source;

import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the generated migration indexes through {@link ServiceLoader}, never by scanning the
 * classpath.
 */
public final class SourceDiscovery {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private static final String NO_SOURCE_FOUND =
      "No MigrationSource is registered in META-INF/services/dev.strata.runtime.MigrationSource:"
          + " check that strata-processor runs as annotation processor in the modules with @View"
          + " classes, or pass the sources to Strata.configure(dataSource).sources(...)";

  private SourceDiscovery() {}

  /**
   * Every {@link MigrationSource} registered in {@code META-INF/services} of {@code classLoader}.
   */
  public static List<MigrationSource> discover(ClassLoader classLoader) {
    List<MigrationSource> sources = new ArrayList<>();
    try {
      for (MigrationSource source : ServiceLoader.load(MigrationSource.class, classLoader)) {
        // a check, not a message supplier: no lambda to link or allocate on every start
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
          LOG.log(System.Logger.Level.DEBUG, "Found migration source " + describe(source));
        }
        sources.add(source);
      }
    } catch (ServiceConfigurationError e) {
      throw new StrataException(discoveryFailed(e), e);
    }
    if (sources.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, NO_SOURCE_FOUND);
    }
    return sources;
  }

  private static String describe(MigrationSource source) {
    return source.getClass().getName() + " (set " + source.set() + ")";
  }

  private static String discoveryFailed(Throwable cause) {
    return "Could not load a MigrationSource listed in"
        + " META-INF/services/dev.strata.runtime.MigrationSource: "
        + Texts.sentence(cause.getMessage())
        + " Rebuild the module whose index is broken, or remove its stale jar from the classpath.";
  }
}
