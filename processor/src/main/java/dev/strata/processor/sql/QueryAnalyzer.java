package dev.strata.processor.sql;

import dev.strata.processor.model.ColumnReads;
import dev.strata.processor.model.Sha256;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a view's SQL: refuses what is not one query, computes the canonical form that decides
 * whether two queries are the same, and finds what the query reads and returns.
 */
public final class QueryAnalyzer implements AutoCloseable {

  /** How long JSqlParser may take over one query before it is compared on its tokens alone. */
  public static final Duration PARSE_TIME_LIMIT = Duration.ofSeconds(2);

  private final QueryParser parser;

  public QueryAnalyzer() {
    this(PARSE_TIME_LIMIT);
  }

  /** An analyzer that gives up parsing a query after {@code parseLimit}. */
  QueryAnalyzer(Duration parseLimit) {
    this.parser = new QueryParser(parseLimit);
  }

  /**
   * @throws InvalidQueryException when the text is not a single query, saying which check failed
   */
  public QueryAnalysis analyze(String sql) {
    return analyze(QueryText.portable(sql));
  }

  /**
   * @throws InvalidQueryException when the text is not a single query, saying which check failed
   */
  public QueryAnalysis analyze(QueryText query) {
    return analyze(query, parser::parse);
  }

  /**
   * The analysis of {@code query} with {@code parse} as the parser: on the calling thread, but for
   * what {@code parse} does.
   *
   * @throws InvalidQueryException when the text is not a single query, saying which check failed
   */
  static QueryAnalysis analyze(QueryText query, Function<String, Optional<ParsedQuery>> parse) {
    QueryReadings readings = QueryReadings.of(query.sql(), query.mysqlFamily());
    List<SqlToken> tokens = readings.checked();
    if (query.isFor("postgresql")) {
      readings.requirePostgresShape();
    }
    String canonical = readings.canonical();
    // an introducer and its literal, apart, are one literal: never a name
    List<List<SqlToken>> codeReadings =
        codeReadings(query, readings, tokens).stream().map(Introducers::joined).toList();
    List<SqlToken> code = readableNames(codeReadings.get(0));
    ParserStandIns standIns = ParserStandIns.of(code);
    Optional<ParsedQuery> parsed = parse.apply(parserInput(standIns.tokens()));
    if (parsed.isEmpty() && CharacterSets.any(code)) {
      // JSqlParser reads some character set clauses only: given the query without them, it reads
      // the same tables; the select items, written otherwise, are then unknown
      standIns = ParserStandIns.of(CharacterSets.withoutClauses(code)).withColumnsUnknown();
      parsed = parse.apply(parserInput(standIns.tokens()));
    }
    return new QueryAnalysis(
        canonical,
        Sha256.hex(canonical),
        parsed.isPresent(),
        parsed.map(found -> reads(found, codeReadings)),
        standIns.restored(parsed.flatMap(ParsedQuery::columns)),
        parsed.map(found -> columnReads(codeReadings)));
  }

  /**
   * The readings of the code of the query, the parser's first: where one database alone runs it,
   * that server's own reading (MySQL's and MariaDB's comments and quotes, PostgreSQL's {@code #},
   * its XOR operator), else the tokens; for a portable query, every database's, so that a string
   * whose prefix MySQL reads as a name, {@code E'...'} or {@code U&'...'}, reads that name too, and
   * so does a number MySQL reads as a name, {@code 0X1F}.
   */
  private static List<List<SqlToken>> codeReadings(
      QueryText query, QueryReadings readings, List<SqlToken> tokens) {
    if (query.mysqlFamily()) {
      return MySqlCode.readings(query.sql(), query.isFor("mariadb"), tokens);
    }
    if (query.isFor("postgresql")) {
      return List.of(readings.postgresCode(tokens));
    }
    if (query.database().isPresent()) {
      return List.of(tokens);
    }
    List<List<SqlToken>> code = new ArrayList<>(List.of(tokens));
    if (tokens.stream().anyMatch(QueryAnalyzer::isReadOtherwiseByMySql)) {
      for (boolean backslashEscapes : new boolean[] {true, false}) {
        try {
          List<SqlToken> mysql = SqlTokenizer.tokenizeAsMySql(query.sql(), backslashEscapes);
          QueryStructure.check(mysql);
          code.add(mysql);
        } catch (InvalidQueryException e) {
          // MySQL refuses the query in that sql_mode: it reads nothing there
        }
      }
    }
    return code;
  }

  /** A prefixed quote, or a number MySQL reads as a name ({@code 0X1F}, {@code 123abc}). */
  private static boolean isReadOtherwiseByMySql(SqlToken token) {
    return isPrefixedQuote(token)
        || (token.kind() == SqlToken.Kind.NUMBER
            && Character.isDigit(token.text().charAt(0))
            && MySqlDigitNames.startsName(token.text(), 0));
  }

  /**
   * A string or name whose prefix MySQL reads as a name beside a string, {@code E'...'}, {@code
   * U&'...'}, {@code U&"..."}, or that it reads as a name, {@code $$...$$}.
   */
  private static boolean isPrefixedQuote(SqlToken token) {
    if (token.isUnicodeEscaped()) {
      return true;
    }
    if (token.kind() != SqlToken.Kind.STRING) {
      return false;
    }
    String text = token.text();
    boolean unicode = text.regionMatches(true, 0, "u&", 0, 2);
    boolean prefixed = Character.isLetter(text.charAt(0)) || text.charAt(0) == '$';
    return unicode || (prefixed && !PrefixedStrings.isSpeltInPieces(text));
  }

  /** The columns each reading may read. */
  private static ColumnReads columnReads(List<List<SqlToken>> readings) {
    Set<String> entries = new TreeSet<>();
    for (List<SqlToken> reading : readings) {
      entries.addAll(ColumnReadScanner.reads(reading).entries());
    }
    return new ColumnReads(new ArrayList<>(entries));
  }

  /**
   * The canonical form of tokens that one reading of a query gave: their canonical texts, one space
   * apart but within an operator PostgreSQL reads as one ({@link PostgresOperators}).
   */
  static String canonical(List<SqlToken> tokens) {
    boolean[] continued = PostgresOperators.continued(tokens);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && !continued[i]) {
        text.append(' ');
      }
      text.append(tokens.get(i).canonicalText());
    }
    return text.toString();
  }

  /**
   * The tokens with each backquoted name that holds a doubled backquote, {@code `a``b`}, in double
   * quotes, {@code "a`b"}: the same name to JSqlParser, which reads the first as {@code `a`} and
   * its alias {@code `b`}, or not at all.
   */
  private static List<SqlToken> readableNames(List<SqlToken> tokens) {
    List<SqlToken> readable = new ArrayList<>(tokens.size());
    for (SqlToken token : tokens) {
      boolean doubled =
          token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
              && token.text().startsWith("`")
              && token.text().contains("``");
      String name = RelationScanner.unquotedText(token);
      readable.add(
          doubled
              ? new SqlToken(
                  token.kind(),
                  '"' + name.replace("\"", "\"\"") + '"',
                  token.spaced(),
                  token.start())
              : token);
    }
    return readable;
  }

  /**
   * The tokens with one space wherever the user wrote whitespace or a comment: what the parser
   * understands then depends on the tokens alone, so {@code WITH TIES} parses as {@code WITH TIES}
   * does.
   */
  static String parserInput(List<SqlToken> tokens) {
    StringBuilder text = new StringBuilder();
    boolean hexNumber = false;
    for (SqlToken token : tokens) {
      if (token.spaced() && text.length() > 0) {
        // JSqlParser 5.3 reads spaces, and the hex digits after them, into a hex number 0x1F:
        // 0x1F AS h is 0x1F A and then S h to it, where a line feed ends the number
        text.append(hexNumber ? '\n' : ' ');
      }
      text.append(token.text());
      if (token.endsALine()) {
        text.append('\n');
      }
      // and so does MySQL's name 0X1F, which it reads as a hex number
      hexNumber =
          token.kind() != SqlToken.Kind.STRING && token.text().regionMatches(true, 0, "0x", 0, 2);
    }
    return text.toString();
  }

  /**
   * What the parser's finder saw and what the token scan saw in each reading: a name either sees is
   * read.
   */
  private static Set<String> reads(ParsedQuery parsed, List<List<SqlToken>> readings) {
    Set<String> reads = new TreeSet<>(parsed.reads());
    for (List<SqlToken> reading : readings) {
      reads.addAll(RelationScanner.relations(reading));
    }
    return reads;
  }

  @Override
  public void close() {
    parser.close();
  }
}
