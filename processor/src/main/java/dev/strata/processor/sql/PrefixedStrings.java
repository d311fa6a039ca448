package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Set;

/**
 * String literals written with a prefix that every database, or PostgreSQL alone, reads as part of
 * the literal: a hex or bit string {@code x'1F'}, a national string {@code N'abc'}, a string after
 * a MySQL character set introducer {@code _utf8mb4'abc'}, PostgreSQL's {@code U&'d\0061t'} with its
 * {@code UESCAPE '!'}. Strata read each as a name beside a string before it was one token; the
 * canonical form still writes it so, that the hashes snapshots recorded then still hold.
 */
final class PrefixedStrings {

  /**
   * The character sets of MySQL and MariaDB, whose name after an underscore introduces a string:
   * MariaDB 10.11's ({@code INFORMATION_SCHEMA.CHARACTER_SETS}), and MySQL 8's {@code gb18030} and
   * {@code utf8}. Any other {@code _name} is a name to them.
   */
  static final Set<String> CHARACTER_SETS =
      Set.of(
          "armscii8",
          "ascii",
          "big5",
          "binary",
          "cp1250",
          "cp1251",
          "cp1256",
          "cp1257",
          "cp850",
          "cp852",
          "cp866",
          "cp932",
          "dec8",
          "eucjpms",
          "euckr",
          "gb18030",
          "gb2312",
          "gbk",
          "geostd8",
          "greek",
          "hebrew",
          "hp8",
          "keybcs2",
          "koi8r",
          "koi8u",
          "latin1",
          "latin2",
          "latin5",
          "latin7",
          "macce",
          "macroman",
          "sjis",
          "swe7",
          "tis620",
          "ucs2",
          "ujis",
          "utf16",
          "utf16le",
          "utf32",
          "utf8",
          "utf8mb3",
          "utf8mb4");

  private PrefixedStrings() {}

  /** Whether the word, in lower case, is a character set introducer, {@code _utf8mb4}. */
  static boolean isIntroducer(String word) {
    return word.length() > 1 && word.charAt(0) == '_' && CHARACTER_SETS.contains(word.substring(1));
  }

  /**
   * Whether the string token {@code text} is one of these, spelt in pieces by the canonical form;
   * not {@code E'...'} or {@code q'[...]'}, which it has always kept whole.
   */
  static boolean isSpeltInPieces(String text) {
    int quote = openingQuote(text);
    if (quote <= 0) {
      return false;
    }
    String prefix = text.substring(0, quote).strip().toLowerCase(Locale.ROOT);
    return prefix.equals("x")
        || prefix.equals("b")
        || prefix.equals("n")
        || prefix.equals("u&")
        || isIntroducer(prefix);
  }

  /**
   * The pieces Strata read the literal as before, one space apart: the prefix's words in lower case
   * ({@code u &} for {@code U&}), the strings exactly as written, {@code uescape} in lower case.
   */
  static String canonical(String text) {
    int quote = openingQuote(text);
    String prefix = text.substring(0, quote).strip();
    if (prefix.equalsIgnoreCase("u&")) {
      return UnicodeEscapes.canonical(text);
    }
    return lowerCase(prefix) + ' ' + text.substring(quote);
  }

  /**
   * Where the string starts: its first quote, {@code '}, or {@code "} after an introducer in
   * MySQL's reading ({@code _utf8mb4"z"}, a string there); -1 when it has none.
   */
  static int openingQuote(String text) {
    int single = text.indexOf('\'');
    int dbl = text.indexOf('"');
    return single < 0 || (dbl >= 0 && dbl < single) ? dbl : single;
  }

  /** Only A-Z, as {@link SqlToken#canonicalText()} folds words. */
  private static String lowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }
}
