package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A way round what JSqlParser 5.3 does not read: a string after a character set introducer other
 * than {@code _utf8} ({@code _utf8mb4'abc'}, as {@code SHOW CREATE VIEW} writes every string),
 * PostgreSQL's {@code U&'...' UESCAPE '!'}, an {@code E'...'} string holding a backslash, and
 * PostgreSQL's XOR operator {@code #}, its name {@code U&"d\0061t"}, a quoted or qualified
 * collation, {@code COLLATE "C"}, and MySQL's column {@code t.1col}, given as a quoted name that
 * stands for it as a literal's string does. Each literal is given to the parser as a plain string
 * that stands for it, which reads no column and no table, as the literal does, and the select
 * items' text gets the literal back; each {@code #} as {@code ^}, JSqlParser's XOR, which reads
 * what it reads, and each such name as the name it decodes to, {@code "dat"}, and each such
 * collation as a plain name; the select items are then left unknown, since {@code ^} is another
 * operator to PostgreSQL and the names are written otherwise.
 */
final class ParserStandIns {

  /** Marks a stand-in: a private use character, which a query holding it never gets stand-ins. */
  private static final char MARK = '\uE000';

  /** Stands for a quoted or qualified collation's name, which reads nothing, as any name there. */
  private static final String COLLATION = "strata_collation";

  private final List<SqlToken> tokens;
  private final Map<String, String> literals;
  // whether the parsed select items are not the query's: a stand-in reads otherwise there
  private final boolean columnsUnknown;

  private ParserStandIns(
      List<SqlToken> tokens, Map<String, String> literals, boolean columnsUnknown) {
    this.tokens = List.copyOf(tokens);
    this.literals = Map.copyOf(literals);
    this.columnsUnknown = columnsUnknown;
  }

  /** The tokens with a stand-in for each literal and operator the parser does not read. */
  static ParserStandIns of(List<SqlToken> tokens) {
    if (tokens.stream().anyMatch(token -> token.text().indexOf(MARK) >= 0)) {
      return new ParserStandIns(tokens, Map.of(), false);
    }
    boolean columnsUnknown = false;
    List<SqlToken> readable = new ArrayList<>(tokens.size());
    // in order of the query: each stand-in's canonical text and the literal's
    Map<String, String> literals = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      int collation = Collations.nameEnd(tokens, i);
      if (collation > i + 1 || (collation > 0 && tokens.get(i + 1).kind() != SqlToken.Kind.WORD)) {
        // COLLATE "C" or pg_catalog."default": the parser reads a plain name there only
        columnsUnknown = true;
        readable.add(token);
        SqlToken name = tokens.get(i + 1);
        readable.add(new SqlToken(SqlToken.Kind.WORD, COLLATION, name.spaced(), name.start()));
        i = collation;
      } else if (isDigitLedColumn(tokens, i)) {
        // t.1col: JSqlParser reads .1 as a number there, where it reads a quoted name
        String standIn = "`" + MARK + literals.size() + MARK + "`";
        literals.put(standIn, token.canonicalText());
        readable.add(
            new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER, standIn, token.spaced(), token.start()));
      } else if (unreadable(token)) {
        String standIn = "'" + MARK + literals.size() + MARK + "'";
        literals.put(standIn, token.canonicalText());
        readable.add(new SqlToken(token.kind(), standIn, token.spaced(), token.start()));
      } else if (token.kind() == SqlToken.Kind.SYMBOL && token.text().equals("#")) {
        columnsUnknown = true;
        readable.add(new SqlToken(token.kind(), "^", token.spaced(), token.start()));
      } else if (token.isUnicodeEscaped()) {
        // the name it decodes to, which the parser reads; its select item is that name's
        columnsUnknown = true;
        String name = '"' + RelationScanner.unquotedText(token).replace("\"", "\"\"") + '"';
        readable.add(new SqlToken(token.kind(), name, token.spaced(), token.start()));
      } else {
        readable.add(token);
      }
    }
    return new ParserStandIns(readable, literals, columnsUnknown);
  }

  /** These stand-ins, for tokens the parser reads otherwise than the query: no select items. */
  ParserStandIns withColumnsUnknown() {
    return new ParserStandIns(tokens, literals, true);
  }

  /** The tokens to give the parser. */
  List<SqlToken> tokens() {
    return tokens;
  }

  /** The canonical select items of the parsed stand-ins, with the literals they stood for. */
  Optional<List<String>> restored(Optional<List<String>> columns) {
    if (columnsUnknown) {
      return Optional.empty();
    }
    if (literals.isEmpty()) {
      return columns;
    }
    return columns.map(
        items ->
            items.stream()
                .map(
                    item -> {
                      String restored = item;
                      for (Map.Entry<String, String> literal : literals.entrySet()) {
                        restored = restored.replace(literal.getKey(), literal.getValue());
                      }
                      return restored;
                    })
                .toList());
  }

  /** A name after a dot that starts with a digit, MySQL's {@code t.1col} or {@code t.12}. */
  private static boolean isDigitLedColumn(List<SqlToken> tokens, int at) {
    SqlToken token = tokens.get(at);
    return token.kind() == SqlToken.Kind.WORD
        && Character.isDigit(token.text().charAt(0))
        && at > 0
        && tokens.get(at - 1).is(".");
  }

  private static boolean unreadable(SqlToken token) {
    if (token.kind() != SqlToken.Kind.STRING) {
      return false;
    }
    String text = token.text();
    String lower = text.toLowerCase(Locale.ROOT);
    boolean escapeString = lower.startsWith("e'") && text.indexOf('\\') >= 0;
    boolean introduced = text.startsWith("_") && !lower.startsWith("_utf8'");
    return escapeString || introduced || lower.startsWith("u&");
  }
}
