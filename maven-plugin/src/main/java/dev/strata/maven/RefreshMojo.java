package dev.strata.maven;

import dev.strata.runtime.Strata;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code strata:refresh [-Dstrata.view=NAME] [-Dstrata.concurrently]}: fills materialized views
 * from their queries again, one or all, as {@code Strata.refresh} and {@code refreshAll} do.
 */
public final class RefreshMojo extends DatabaseMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  /** The materialized view to refresh; all of them when unset. */
  private String view;

  /** Whether to refresh without locking out readers (PostgreSQL: needs a unique index). */
  private String concurrently;

  @Override
  void checkParameters() throws MojoFailureException {
    BooleanParameter.parse("strata.concurrently", concurrently);
  }

  @Override
  void run(Strata strata) throws MojoFailureException {
    boolean concurrently = BooleanParameter.parse("strata.concurrently", this.concurrently);
    String set = requestedSet(strata);
    boolean every = view == null || view.isBlank();
    if (set != null && every && strata.sets().size() > 1) {
      // the runtime refreshes the views of every set, and cannot tell which set made which
      throw new IllegalArgumentException(
          "strata:refresh refreshes the materialized views of every set, and cannot keep to set "
              + set
              + ": run it without -Dstrata.set, or name one view with -Dstrata.view=NAME");
    }
    List<String> refreshed =
        every
            ? strata.refreshAll(concurrently)
            : set == null
                ? strata.refresh(view, concurrently)
                : strata.refresh(set, view, concurrently);
    if (refreshed.isEmpty()) {
      getLog().info("Nothing to refresh: no migration created a materialized view");
    }
    refreshed.forEach(name -> getLog().info("Refreshed " + name));
  }
}
