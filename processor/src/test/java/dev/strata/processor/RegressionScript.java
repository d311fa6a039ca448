package dev.strata.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A script of view queries for one database, written here after the kinds its own regression tests
 * of views exercise: groups, each with the statements that create what its views read and the
 * views' queries by name, in the script's order.
 */
record RegressionScript(List<RegressionScript.Group> groups) {

  private static final String HEADER = "--- ";

  /** One run of the script's tables: what to create first, then each view's query. */
  record Group(String name, List<String> setup, Map<String, String> views) {
    Group {
      setup = List.copyOf(setup);
      views = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(views));
    }
  }

  RegressionScript {
    groups = List.copyOf(groups);
  }

  /** Reads a resource such as {@code sql/regress/postgresql.sql}. */
  static RegressionScript read(String resource) throws IOException {
    String text;
    try (InputStream in = RegressionScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Group> groups = new ArrayList<>();
    String group = null;
    List<String> setup = new ArrayList<>();
    Map<String, String> views = new LinkedHashMap<>();
    String header = null;
    StringBuilder block = new StringBuilder();
    for (String line : (text + "\n" + HEADER + "group end\n").split("\n", -1)) {
      if (!line.startsWith(HEADER)) {
        if (header != null) {
          block.append(line).append('\n');
        }
        continue;
      }
      if (header != null) {
        String statement = block.toString().strip();
        if (header.equals("setup")) {
          setup.add(statement);
        } else if (header.startsWith("view ")) {
          views.put(header.substring("view ".length()), statement);
        }
      }
      header = line.substring(HEADER.length()).strip();
      block.setLength(0);
      if (header.startsWith("group ")) {
        if (group != null) {
          groups.add(new Group(group, setup, views));
        }
        group = header.substring("group ".length());
        setup.clear();
        views.clear();
      }
    }
    return new RegressionScript(groups);
  }
}
