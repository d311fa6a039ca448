package dev.strata.processor.sql;

import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema from a snapshot with each view's hash computed by this Strata's comparison rules. The
 * code is compared with the newest snapshot this way, so that an upgrade of Strata whose rules tell
 * queries apart more precisely never records a version for a query nobody changed; the snapshots
 * themselves, and the migrations planned from them, keep the hashes they were written with.
 */
public final class CurrentHashes {

  private CurrentHashes() {}

  /**
   * @param code the schema of the code, whose hashes today's rules gave: a view whose stored hash
   *     equals its hash there, or that the code no longer has, is left as it is, so that a build
   *     re-tokenizes only the queries that look changed
   */
  public static Schema of(Schema snapshot, Schema code) {
    List<ViewDefinition> views = new ArrayList<>();
    for (ViewDefinition view : snapshot.views()) {
      boolean looksChanged =
          code.view(view.name()).filter(now -> !now.sameQueryAs(view)).isPresent();
      views.add(looksChanged ? rehashed(view) : view);
    }
    return new Schema(views, snapshot.tables());
  }

  private static ViewDefinition rehashed(ViewDefinition view) {
    try {
      List<DialectQuery> dialects = new ArrayList<>();
      for (DialectQuery dialect : view.dialects()) {
        dialects.add(
            new DialectQuery(
                dialect.database(),
                dialect.sql(),
                CanonicalHash.of(dialect.sql()),
                dialect.columns()));
      }
      return view.withHashes(CanonicalHash.of(view.sql()), dialects);
    } catch (InvalidQueryException e) {
      // a query today's rules refuse was accepted when it was recorded: it stays as recorded
      return view;
    }
  }
}
