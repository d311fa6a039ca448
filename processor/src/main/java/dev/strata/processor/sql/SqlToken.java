package dev.strata.processor.sql;

/**
 * One lexical token of a query.
 *
 * @param kind what sort of token
 * @param text the token as written, quotes included
 * @param spaced whether whitespace or a comment separates it from the token before: the parser is
 *     given the tokens again with one space there, and none where the user wrote none
 * @param start where it starts in the query, for an error that points at it
 */
record SqlToken(Kind kind, String text, boolean spaced, int start) {

  /** The sorts of token whose differences matter in different ways. */
  enum Kind {
    /** A keyword or unquoted identifier: its case does not matter. */
    WORD,
    /**
     * A {@code "quoted"} or {@code `backquoted`} identifier, or PostgreSQL's {@code U&"d\0061t"}
     * (with its {@code UESCAPE '!'}): compared exactly.
     */
    QUOTED_IDENTIFIER,
    /**
     * A string literal of any quoting ({@code '...'}, {@code $$...$$}, a hex or bit string {@code
     * x'1F'}, a prefixed one {@code N'abc'}, {@code _utf8mb4'abc'}, {@code U&'...'}): compared
     * exactly.
     */
    STRING,
    /** A number literal. */
    NUMBER,
    /** An operator or punctuation, {@code <=} as one token. */
    SYMBOL,
    /**
     * Text that one database reads as a comment and another as code ({@code # ...}, {@code --x},
     * {@code /*!50000 ...}{@code *}{@code /} and MariaDB's {@code /*M!...}, a nested comment), or
     * as an optimizer hint ({@code /*+ ...}{@code *}{@code /}): compared exactly, so a change in it
     * is always a new version, and left out of the structural checks.
     */
    VERBATIM
  }

  /**
   * The token as the canonical form writes it: unquoted words and numbers with A-Z in lower case.
   */
  String canonicalText() {
    if (kind == Kind.STRING && PrefixedStrings.isSpeltInPieces(text)) {
      // X'1F' is x '1F' and N'abc' n 'abc': written as the word and the string they were read as
      // before each was one token, so that the hashes snapshots recorded then still hold
      return PrefixedStrings.canonical(text);
    }
    if (isUnicodeEscaped()) {
      // u & "d\0061t", as it was read before it was one token, for the same reason
      return UnicodeEscapes.canonical(text);
    }
    if (kind == Kind.NUMBER && (text.startsWith("0X") || text.startsWith("0B"))) {
      // the capital is not a case: MySQL and MariaDB read 0X1F and 0B1 as names, 0x1f and 0b1 not
      return text.substring(0, 2) + asciiLowerCase(text.substring(2));
    }
    // 1.5E-3 is 1.5e-3 and 0xFF is 0xff: the case of a number is not its value
    return kind == Kind.WORD || kind == Kind.NUMBER ? asciiLowerCase(text) : text;
  }

  /**
   * Only A-Z: PostgreSQL folds unquoted names so, keeping the case of other letters in UTF-8, so
   * {@code É} and {@code é} may name two columns there.
   */
  private static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** Whether it is PostgreSQL's name written with Unicode escapes, {@code U&"d\0061t"}. */
  boolean isUnicodeEscaped() {
    return kind == Kind.QUOTED_IDENTIFIER && text.regionMatches(true, 0, "u&", 0, 2);
  }

  /** Whether this token is the keyword or symbol {@code expected}, ignoring case. */
  boolean is(String expected) {
    return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(expected);
  }

  /**
   * Whether it is an optimizer hint, {@code /}{@code *+ ... *}{@code /}, with no comment nested in
   * it: text a database plans by, which reads no column.
   */
  boolean isHint() {
    return kind == Kind.VERBATIM && text.startsWith("/*+") && text.indexOf("/*", 3) < 0;
  }

  /** Whether it is a {@code #} comment, MySQL's, which PostgreSQL reads as its XOR operator. */
  boolean isHashComment() {
    return kind == Kind.VERBATIM && text.startsWith("#");
  }

  /** Whether the text holds a line comment that runs to the end of its line. */
  boolean endsALine() {
    return kind == Kind.VERBATIM && (text.startsWith("#") || text.startsWith("--"));
  }
}
