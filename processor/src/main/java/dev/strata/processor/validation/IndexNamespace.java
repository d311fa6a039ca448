package dev.strata.processor.validation;

import dev.strata.processor.DeclaredStorage.DeclaredIndex;
import dev.strata.processor.DeclaredView;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The index names of a module's materialized views, one namespace per schema: PostgreSQL and H2
 * keep an index's name in its schema, not in its table, so a second index of one name fails the
 * upgrade. MySQL and MariaDB keep them per table; refusing there too costs only a name.
 */
final class IndexNamespace {

  private record Claim(DeclaredView view, DeclaredIndex index) {}

  private final Map<String, Claim> claims = new HashMap<>();

  /**
   * Claims the index's name for it; answers the message refusing it when an index claimed the name
   * before, else null.
   */
  String claim(DeclaredView view, DeclaredIndex index) {
    // case-insensitive: unquoted names are folded, so Foo and foo collide
    String key = schema(view) + "." + index.name().toLowerCase(Locale.ROOT);
    Claim other = claims.putIfAbsent(key, new Claim(view, index));
    if (other == null) {
      return null;
    }
    if (other.view() == view) {
      return ValidationMessages.duplicateIndexName(index.name(), view.name());
    }
    return ValidationMessages.indexNameTaken(
        index.name(),
        view.name(),
        other.index().name(),
        other.view().name(),
        other.view().className());
  }

  /** The view's schema, empty for the default one; an index lives in its view's schema. */
  private static String schema(DeclaredView view) {
    int dot = view.name().indexOf('.');
    return dot < 0 ? "" : view.name().substring(0, dot).toLowerCase(Locale.ROOT);
  }
}
