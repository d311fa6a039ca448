package dev.strata.runtime.internal.catalog;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The views of H2, MySQL or MariaDB, each found by the quoted, schema-qualified names its
 * definition holds ({@code "s"."v"}, {@code `s`.`v`}), so that a search for the readers of an
 * object looks at the views that name it rather than at every definition, once per level of a stack
 * of views.
 *
 * <p>{@link #naming} finds exactly the views whose definition holds the name as a substring, as a
 * scan would: a name without the quote inside its two parts occurs in a definition just where four
 * consecutive quotes of the definition stand as {@code Q.Q} in their middle, whatever the text
 * around them (a literal, a comment, a longer name), so the index holds the text from the first
 * quote to the fourth of every such run; a name with the quote inside is looked for by a scan.
 */
final class QuotedNameIndex extends AbstractCollection<StoredView> {

  private record ViewName(String schema, String name) {}

  private final char quote;
  private final Map<ViewName, StoredView> views = new HashMap<>();
  // each quoted schema.name to the views whose definition holds it
  private final Map<String, Set<ViewName>> naming = new HashMap<>();

  QuotedNameIndex(char quote) {
    this.quote = quote;
  }

  /** An index of {@code views}, whose names are quoted with {@code quote}. */
  static QuotedNameIndex of(char quote, Collection<StoredView> views) {
    QuotedNameIndex index = new QuotedNameIndex(quote);
    views.forEach(index::put);
    return index;
  }

  /** Adds {@code view}, or puts it in place of the view of its schema and name. */
  void put(StoredView view) {
    ViewName key = name(view);
    remove(key);
    views.put(key, view);
    for (String name : quotedNames(quote, view.view().definition())) {
      naming.computeIfAbsent(name, any -> new HashSet<>()).add(key);
    }
  }

  /** Removes view {@code name} of {@code schema}, if there is one. */
  void remove(String schema, String name) {
    remove(new ViewName(schema, name));
  }

  private void remove(ViewName key) {
    StoredView old = views.remove(key);
    if (old == null) {
      return;
    }
    for (String name : quotedNames(quote, old.view().definition())) {
      Set<ViewName> holders = naming.get(name);
      holders.remove(key);
      if (holders.isEmpty()) {
        naming.remove(name);
      }
    }
  }

  /** The views whose definition holds {@code quotedName}, in no particular order. */
  List<StoredView> naming(String quotedName) {
    List<StoredView> found = new ArrayList<>();
    if (indexable(quote, quotedName)) {
      for (ViewName key : naming.getOrDefault(quotedName, Set.of())) {
        found.add(views.get(key));
      }
    } else {
      for (StoredView view : views.values()) {
        if (view.view().definition().contains(quotedName)) {
          found.add(view);
        }
      }
    }
    return found;
  }

  @Override
  public Iterator<StoredView> iterator() {
    return Collections.unmodifiableCollection(views.values()).iterator();
  }

  @Override
  public int size() {
    return views.size();
  }

  /**
   * Whether {@code name} is {@code QsQ.QnQ} with no quote {@code Q} inside {@code s} or {@code n}:
   * then it occurs in a text only as one of its {@link #quotedNames}.
   */
  static boolean indexable(char quote, String name) {
    int second = name.indexOf(quote, 1);
    return name.length() >= 5
        && name.charAt(0) == quote
        && second > 0
        && second + 2 < name.length()
        && name.charAt(second + 1) == '.'
        && name.charAt(second + 2) == quote
        && name.indexOf(quote, second + 3) == name.length() - 1;
  }

  /**
   * Every substring of {@code text} that reads {@code QsQ.QnQ} with no quote inside {@code s} or
   * {@code n}: the runs of four consecutive quotes (consecutive in the text, whatever the quotes
   * mean there) whose second and third are joined by a dot.
   */
  static Set<String> quotedNames(char quote, String text) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
      quotes.add(i);
    }
    Set<String> names = new HashSet<>();
    for (int k = 0; k + 3 < quotes.size(); k++) {
      int second = quotes.get(k + 1);
      if (quotes.get(k + 2) == second + 2 && text.charAt(second + 1) == '.') {
        names.add(text.substring(quotes.get(k), quotes.get(k + 3) + 1));
      }
    }
    return names;
  }

  private static ViewName name(StoredView view) {
    return new ViewName(view.view().schema(), view.view().name());
  }
}
