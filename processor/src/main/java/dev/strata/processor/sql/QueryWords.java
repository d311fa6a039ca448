package dev.strata.processor.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a query that could name a view, for a query the parser could not read: its unquoted
 * and quoted identifiers, never the text of a string or a comment. The databases Strata targets
 * read quotes and comments differently (a backslash escapes a quote in MySQL, not in PostgreSQL;
 * {@code $q$...$q$} is a string in PostgreSQL only; {@code #} starts a comment in MySQL only), and
 * what one reads as a string another reads as code, so the words are those of every database's
 * reading: a word that is code to any of them counts. An extra word costs at most a dependency that
 * is not there; a missed one, a view created before the view it reads.
 *
 * <p>The readings are {@link SqlTokenizer}'s, so its rules are the only ones; the comments it keeps
 * verbatim, which some database reads as code, have their code read too.
 */
public final class QueryWords {

  /** How one database, in one of its modes, reads quotes. */
  private record Reading(boolean backslashEscapes, boolean postgresQuotes) {

    List<SqlToken> tokens(String sql) {
      return postgresQuotes
          ? SqlTokenizer.tokenize(sql, backslashEscapes)
          : SqlTokenizer.tokenizeAsMySql(sql, backslashEscapes);
    }
  }

  private static final List<Reading> READINGS =
      List.of(
          // PostgreSQL and H2
          new Reading(false, true),
          // MySQL and MariaDB as installed, and with NO_BACKSLASH_ESCAPES
          new Reading(true, false),
          new Reading(false, false));

  private QueryWords() {}

  /**
   * Every word that is code to some database, in lower case, each qualified name also whole ({@code
   * a.b}), in the order first found.
   */
  public static List<String> of(String sql) {
    Set<String> words = new LinkedHashSet<>();
    boolean read = false;
    for (Reading reading : READINGS) {
      try {
        addWords(reading, reading.tokens(sql), words);
        read = true;
      } catch (InvalidQueryException e) {
        // a string or comment never closed: no database that reads the query so runs it
      }
    }
    if (!read) {
      // text no reading closes, or one Strata now refuses that an older Strata recorded
      addBareWords(sql, words);
    }
    return new ArrayList<>(words);
  }

  /** The names among the tokens, and those in the code of their verbatim comments. */
  private static void addWords(Reading reading, List<SqlToken> tokens, Set<String> words) {
    // a queue, not recursion: a comment's code may hold a comment
    Deque<List<SqlToken>> pending = new ArrayDeque<>();
    pending.add(tokens);
    while (!pending.isEmpty()) {
      List<SqlToken> next = pending.poll();
      addNames(Introducers.joined(QueryStructure.code(next)), words);
      for (SqlToken token : next) {
        if (token.endsALine()) {
          // # is PostgreSQL's XOR and --x MySQL's minus minus x: the rest of the line is code, a
          // # in it an operator again, read word by word so that a line of them takes one pass
          addBareWords(token.text(), words);
        } else if (token.kind() == SqlToken.Kind.VERBATIM) {
          String code = codeIn(token.text());
          try {
            pending.add(reading.tokens(code));
          } catch (InvalidQueryException e) {
            // its quotes close outside it: every word in it counts
            addBareWords(code, words);
          }
        }
      }
    }
  }

  /**
   * The names in the code, less a common table expression's where it stands for the expression
   * rather than for a view, as {@link RelationScanner} leaves them out of a parsed query's reads.
   */
  private static void addNames(List<SqlToken> code, Set<String> words) {
    // by name: a query may have thousands of expressions, each name looked up once per token
    Map<String, List<CommonTableExpressions.Scope>> scopes = new HashMap<>();
    Set<Integer> definitions = new HashSet<>();
    for (CommonTableExpressions.Scope scope : CommonTableExpressions.scopes(code)) {
      scopes.computeIfAbsent(scope.name(), name -> new ArrayList<>()).add(scope);
      definitions.add(scope.at());
    }
    for (int i = 0; i < code.size(); i++) {
      SqlToken token = code.get(i);
      int collation = Collations.nameEnd(code, i);
      if (collation > 0) {
        // a collation, COLLATE "C", is no view
        i = collation;
        continue;
      }
      int characterSet = CharacterSets.clauseEnd(code, i);
      if (characterSet > 0) {
        // nor is a character set, CHARACTER SET utf8mb4
        i = characterSet;
        continue;
      }
      if (!RelationScanner.isName(token)) {
        continue;
      }
      String name = RelationScanner.unquoted(token);
      boolean qualified =
          i >= 2 && code.get(i - 1).is(".") && RelationScanner.isName(code.get(i - 2));
      if (qualified) {
        words.add(RelationScanner.unquoted(code.get(i - 2)) + "." + name);
      } else if (definitions.contains(i) || hidden(scopes.get(name), name, i)) {
        continue;
      }
      words.add(name);
    }
  }

  /** Whether a common table expression of that name stands for the name at {@code at}. */
  private static boolean hidden(List<CommonTableExpressions.Scope> scopes, String name, int at) {
    return scopes != null && scopes.stream().anyMatch(scope -> scope.hides(name, at));
  }

  /** The text of a comment kept verbatim that some database reads as code. */
  private static String codeIn(String comment) {
    if (comment.startsWith("/*!") || comment.startsWith("/*M!")) {
      // MySQL runs /*!50000 ...*/ and MariaDB /*M!100100 ...*/, from after the version
      int at = comment.indexOf('!') + 1;
      while (at < comment.length() && Character.isDigit(comment.charAt(at))) {
        at++;
      }
      return comment.substring(at, comment.length() - 2);
    }
    // a nested comment, or a hint: MySQL ends it at the first close and reads the rest
    return comment.substring(comment.indexOf("*/") + 2);
  }

  private static void addBareWords(String text, Set<String> words) {
    for (String word : text.split("[^\\p{L}\\p{N}_$]+")) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
  }
}
