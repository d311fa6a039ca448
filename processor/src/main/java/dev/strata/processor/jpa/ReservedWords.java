package dev.strata.processor.jpa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words each database refuses as an unquoted table or column name. Strata writes names
 * unquoted, as Hibernate does unless told to quote them, so a table or column named {@code year} on
 * H2, {@code user} on PostgreSQL or {@code dec} on MariaDB makes the migration's {@code CREATE
 * TABLE} fail at startup. The lists come from the databases themselves (one file per database,
 * {@code reserved-words-<database>.txt}); MySQL is given MariaDB's, the server Strata is tested on.
 */
public final class ReservedWords {

  /** Where a name stands: some words are refused as table names only. */
  public enum Position {
    TABLE,
    COLUMN
  }

  private static final Map<String, ReservedWords> LOADED = new HashMap<>();

  private final Set<String> everywhere;
  private final Set<String> tablesOnly;

  private ReservedWords(Set<String> everywhere, Set<String> tablesOnly) {
    this.everywhere = everywhere;
    this.tablesOnly = tablesOnly;
  }

  /**
   * The words {@code database} ({@code h2}, {@code postgresql}, {@code mysql}, {@code mariadb})
   * refuses.
   */
  public static synchronized ReservedWords of(String database) {
    String list = database.equals("mysql") ? "mariadb" : database;
    return LOADED.computeIfAbsent(list, ReservedWords::load);
  }

  /** Whether the database refuses {@code name}, unquoted, in that position. */
  public boolean refuses(String name, Position position) {
    String word = name.toLowerCase(Locale.ROOT);
    return everywhere.contains(word) || (position == Position.TABLE && tablesOnly.contains(word));
  }

  /** The database's words, each with the position it is refused in, for its oracle test. */
  public Map<String, Set<Position>> words() {
    Map<String, Set<Position>> words = new HashMap<>();
    everywhere.forEach(word -> words.put(word, Set.of(Position.TABLE, Position.COLUMN)));
    tablesOnly.forEach(word -> words.put(word, Set.of(Position.TABLE)));
    return words;
  }

  private static ReservedWords load(String database) {
    String resource = "reserved-words-" + database + ".txt";
    try (InputStream in = ReservedWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Strata's jar lacks " + resource);
      }
      List<String> everywhere = new ArrayList<>();
      List<String> tablesOnly = new ArrayList<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.strip().split(" ");
        (parts.length > 1 && parts[1].equals("table") ? tablesOnly : everywhere).add(parts[0]);
      }
      return new ReservedWords(Set.copyOf(everywhere), Set.copyOf(tablesOnly));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
