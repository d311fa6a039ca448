package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sort keys of a query given the place of their NULLs that a database gives them unasked:
 * PostgreSQL sorts NULLs as the largest values (last going up, first going down), MySQL and MariaDB
 * as the smallest, H2 as its mode says. Each {@code ORDER BY} is read, of the query, of a window or
 * of an ordered aggregate ({@code STRING_AGG(x ORDER BY y)}), and each of its keys that does not
 * say where its NULLs go is given {@code NULLS FIRST} or {@code NULLS LAST}, which H2 reads in
 * every mode.
 */
public final class NullOrdering {

  /** The words that end a list of sort keys at its own level. */
  private static final Set<String> ENDS_KEYS =
      Set.of(
          "limit",
          "offset",
          "fetch",
          "rows",
          "range",
          "groups",
          "union",
          "intersect",
          "except",
          "minus",
          "for",
          "separator",
          "window");

  private NullOrdering() {}

  /**
   * A query with the NULLs of its sort keys placed.
   *
   * @param sql the query
   * @param keys the keys given a place, as written, in the order written
   * @param alone for each of {@code keys}, the query with that key alone given its place
   */
  public record Placed(String sql, List<String> keys, List<String> alone) {

    public Placed {
      keys = List.copyOf(keys);
      alone = List.copyOf(alone);
    }
  }

  /** One sort key that does not say where its NULLs go: its tokens, {@code to} excluded. */
  private record Key(int from, int to) {}

  /**
   * {@code sql} with each sort key that does not say where its NULLs go sorting them as the largest
   * values ({@code nullsLargest}) or the smallest; {@code sql} itself, with no key, when it cannot
   * be read or has no such key.
   */
  public static Placed placed(String sql, boolean nullsLargest) {
    Optional<ForeignTokens> tokens = ForeignTokens.ofPostgres(sql);
    if (tokens.isEmpty()) {
      return new Placed(sql, List.of(), List.of());
    }
    ForeignTokens code = tokens.get();
    List<Key> keys = new ArrayList<>();
    for (int at = 0; at + 1 < code.size(); at++) {
      if (code.are(at, "order", "by")) {
        keys.addAll(keys(code, at + 2));
      }
    }
    keys.sort((a, b) -> Integer.compare(end(code, a), end(code, b)));
    StringBuilder placed = new StringBuilder(sql);
    List<String> written = new ArrayList<>();
    List<String> alone = new ArrayList<>();
    // from the last, so that the earlier ones keep their places
    for (int i = keys.size() - 1; i >= 0; i--) {
      Key key = keys.get(i);
      boolean descending = code.are(key.to() - 1, "desc");
      String place = nullsLargest != descending ? " NULLS LAST" : " NULLS FIRST";
      int end = end(code, key);
      placed.insert(end, place);
      written.add(0, sql.substring(code.token(key.from()).start(), end));
      alone.add(0, sql.substring(0, end) + place + sql.substring(end));
    }
    return new Placed(placed.toString(), written, alone);
  }

  /** The keys of the list from {@code first} on that do not say where their NULLs go. */
  private static List<Key> keys(ForeignTokens code, int first) {
    List<Key> keys = new ArrayList<>();
    int from = first;
    int at = first;
    while (at < code.size()
        && !code.are(at, ")")
        && !code.are(at, "]")
        && !code.are(at, ";")
        && !ENDS_KEYS.contains(code.lower(at))) {
      if (code.are(at, ",")) {
        keys.add(new Key(from, at));
        from = at + 1;
      }
      at = code.are(at, "(") || code.are(at, "[") ? code.afterClosing(at) : at + 1;
    }
    keys.add(new Key(from, at));
    keys.removeIf(
        key ->
            key.to() <= key.from()
                || code.are(key.to() - 2, "nulls", "first")
                || code.are(key.to() - 2, "nulls", "last"));
    return keys;
  }

  /** Where {@code key} ends in the query. */
  private static int end(ForeignTokens code, Key key) {
    SqlToken last = code.token(key.to() - 1);
    return last.start() + last.text().length();
  }
}
