package dev.strata.processor.plan;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the views of a schema so that a view comes after the views its query reads.
 *
 * <p>A view reads another when the other's name appears in its query as an identifier, outside
 * string literals and comments. That may see a dependency that is not there (an alias with a view's
 * name), which only constrains the order further; it never misses one.
 */
final class ViewDependencies {

  private static final Pattern LITERALS_AND_COMMENTS =
      Pattern.compile("'(?:[^']|'')*'|--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern IDENTIFIER =
      Pattern.compile("\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_$]*)");

  private final Map<String, Set<String>> readsByView = new TreeMap<>();

  ViewDependencies(Schema schema) {
    Map<String, String> viewsByToken = new HashMap<>();
    for (ViewDefinition view : schema.views()) {
      String name = view.name().toLowerCase(Locale.ROOT);
      viewsByToken.put(name, view.name());
      viewsByToken.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), view.name());
    }
    for (ViewDefinition view : schema.views()) {
      Set<String> reads = new TreeSet<>();
      for (String token : identifiers(view.sql())) {
        String read = viewsByToken.get(token);
        if (read != null && !read.equals(view.name())) {
          reads.add(read);
        }
      }
      readsByView.put(view.name(), reads);
    }
  }

  /**
   * All views, each after the views it reads; ties broken by name. Views in a cycle, which the
   * database could not create anyway, come last in name order.
   */
  List<String> creationOrder() {
    List<String> order = new ArrayList<>();
    Set<String> remaining = new TreeSet<>(readsByView.keySet());
    boolean progressed = true;
    while (!remaining.isEmpty() && progressed) {
      progressed = false;
      for (String view : remaining) {
        if (order.containsAll(readsByView.get(view))) {
          order.add(view);
          remaining.remove(view);
          progressed = true;
          break;
        }
      }
    }
    order.addAll(remaining);
    return order;
  }

  private static Set<String> identifiers(String sql) {
    String code = LITERALS_AND_COMMENTS.matcher(sql).replaceAll(" ");
    Set<String> tokens = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(code);
    while (matcher.find()) {
      String token = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      tokens.add(token.toLowerCase(Locale.ROOT));
    }
    // schema-qualified references: "reporting.totals" is read as one token too
    Matcher qualified =
        Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*\\.[A-Za-z_][A-Za-z0-9_$]*)").matcher(code);
    while (qualified.find()) {
      tokens.add(qualified.group(1).toLowerCase(Locale.ROOT));
    }
    return tokens;
  }
}
