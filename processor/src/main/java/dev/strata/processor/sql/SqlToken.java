package dev.strata.processor.sql;

/**
 * One lexical token of a query.
 *
 * @param kind what sort of token
 * @param text the token as written, quotes included
 */
record SqlToken(Kind kind, String text) {

  /** The sorts of token whose differences matter in different ways. */
  enum Kind {
    /** A keyword or unquoted identifier: its case does not matter. */
    WORD,
    /** A {@code "quoted"} or {@code `backquoted`} identifier: compared exactly. */
    QUOTED_IDENTIFIER,
    /** A {@code 'string literal'}: compared exactly, spaces and all. */
    STRING,
    /** A number literal. */
    NUMBER,
    /** An operator or punctuation, {@code <=} as one token. */
    SYMBOL
  }

  /** The token as the canonical form writes it: unquoted words in lower case. */
  String canonicalText() {
    return kind == Kind.WORD ? text.toLowerCase(java.util.Locale.ROOT) : text;
  }
}
