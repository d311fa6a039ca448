package dev.strata.runtime.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index of view definitions by the quoted names they hold finds exactly the views that a scan
 * of every definition for the name as a substring finds, whatever surrounds the name: the search
 * for the readers of an object on H2, MySQL and MariaDB must not change by being indexed.
 */
class QuotedNameIndexTest {

  private static final int CASES = 3_000;

  @ParameterizedTest
  @ValueSource(chars = {'"', '`'})
  void findsTheViewsNamingAnObjectWhereverTheNameStands(char quote) {
    String object = quoted(quote, "PUBLIC", "T");
    List<StoredView> views =
        List.of(
            view(quote, "plain", "SELECT * FROM " + object),
            view(quote, "column", "SELECT " + object + "." + q(quote, "ID") + " FROM " + object),
            view(quote, "three_parts", "SELECT * FROM " + q(quote, "DB") + "." + object),
            view(quote, "literal", "SELECT 'see " + object + "' AS note"),
            view(quote, "escaped", "SELECT * FROM " + q(quote, "X") + quote + object),
            view(quote, "prefix", "SELECT * FROM " + quoted(quote, "PUBLIC", "TT")),
            view(quote, "other_case", "SELECT * FROM " + quoted(quote, "public", "t")));
    QuotedNameIndex index = QuotedNameIndex.of(quote, views);

    assertEquals(scan(views, object), names(index.naming(object)));
    assertEquals(
        Set.of("column", "escaped", "literal", "plain", "three_parts"),
        names(index.naming(object)));
  }

  @ParameterizedTest
  @ValueSource(chars = {'"', '`'})
  void aNameWithTheQuoteInsideIsLookedForByAScan(char quote) {
    String odd = quote + "s" + quote + quote + "x" + quote + "." + quote + "v" + quote;
    List<StoredView> views = List.of(view(quote, "reader", "SELECT * FROM " + odd));

    assertFalse(QuotedNameIndex.indexable(quote, odd));
    assertTrue(QuotedNameIndex.indexable(quote, quoted(quote, "", "")));
    assertEquals(Set.of("reader"), names(QuotedNameIndex.of(quote, views).naming(odd)));
  }

  @ParameterizedTest
  @ValueSource(chars = {'"', '`'})
  void randomDefinitionsAndNamesAreFoundAsAScanFindsThem(char quote) {
    Random random = new Random(20261204L + quote);
    for (int run = 0; run < CASES; run++) {
      List<StoredView> views = new ArrayList<>();
      for (int i = random.nextInt(6); i >= 0; i--) {
        views.add(view(quote, "v" + i, text(random, quote, 40)));
      }
      QuotedNameIndex index = QuotedNameIndex.of(quote, views);
      for (int i = 0; i < 8; i++) {
        String name = name(random, quote, views);
        assertEquals(scan(views, name), names(index.naming(name)), () -> name + " in " + views);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(chars = {'"', '`'})
  void viewsPutAgainOrRemovedAreFoundAsTheirNewDefinitionsSay(char quote) {
    Random random = new Random(4121L + quote);
    for (int run = 0; run < CASES; run++) {
      List<StoredView> views = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        views.add(view(quote, "v" + i, text(random, quote, 30)));
      }
      QuotedNameIndex index = QuotedNameIndex.of(quote, views);
      for (int change = 0; change < 6; change++) {
        int at = random.nextInt(views.size());
        String name = views.get(at).view().name();
        if (random.nextBoolean()) {
          index.remove("s", name);
          views.set(at, view(quote, name, ""));
        } else {
          StoredView changed = view(quote, name, text(random, quote, 30));
          index.put(changed);
          views.set(at, changed);
        }
      }
      List<StoredView> present = views.stream().filter(v -> indexed(index, v)).toList();
      for (int i = 0; i < 8; i++) {
        String name = name(random, quote, views);
        assertEquals(scan(present, name), names(index.naming(name)), () -> name + " in " + views);
      }
    }
  }

  private static boolean indexed(QuotedNameIndex index, StoredView view) {
    return index.contains(view);
  }

  /** A text of quotes, dots, letters and spaces, dense in names and near-names. */
  private static String text(Random random, char quote, int length) {
    String alphabet = quote + "" + quote + quote + "..ab '" + (quote == '"' ? '`' : '"');
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(length + 1); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** A name to look for: a well-formed one, or any piece of a definition. */
  private static String name(Random random, char quote, List<StoredView> views) {
    if (random.nextBoolean()) {
      return quoted(quote, text(random, quote, 3), text(random, quote, 3));
    }
    String definition = views.get(random.nextInt(views.size())).view().definition();
    int from = random.nextInt(definition.length() + 1);
    return definition.substring(from, from + random.nextInt(definition.length() - from + 1));
  }

  private static Set<String> scan(List<StoredView> views, String name) {
    Set<String> found = new TreeSet<>();
    for (StoredView view : views) {
      if (view.view().definition().contains(name)) {
        found.add(view.view().name());
      }
    }
    return found;
  }

  private static Set<String> names(List<StoredView> views) {
    Set<String> names = new TreeSet<>();
    views.forEach(view -> names.add(view.view().name()));
    return names;
  }

  private static StoredView view(char quote, String name, String definition) {
    return new StoredView(new DependentView("s", name, quoted(quote, "s", name), definition), null);
  }

  private static String quoted(char quote, String schema, String name) {
    return DependentViews.quoted(quote, schema, name);
  }

  private static String q(char quote, String name) {
    return quote + name + quote;
  }
}
