package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Names written without {@code AS}: a select item's ({@code SELECT id rows}) and a table's or
 * subquery's ({@code FROM devices div}). A database refuses there the words it reserves, as it does
 * after {@code AS}; H2 takes most of them. Found only where nothing but a name can stand, so that a
 * word continuing the clause ({@code INTERVAL 1 DAY_HOUR}, {@code FROM t LEFT JOIN}) is never one.
 */
final class BareAliases {

  /** MySQL's compound interval units, which end an {@code INTERVAL}, not name an item. */
  private static final Pattern INTERVAL_UNIT =
      Pattern.compile("(year|day|hour|minute|second)_(month|hour|minute|second|microsecond)");

  /**
   * The words that continue a FROM clause right after a relation and may themselves be followed by
   * a bracket or by one of {@link #STARTS_CLAUSE}: {@code t LEFT JOIN}, {@code u ON (...)}. None of
   * them is an alias there; H2 refuses each as one.
   */
  private static final Set<String> CONTINUES_FROM =
      Set.of(
          "join",
          "inner",
          "left",
          "right",
          "full",
          "cross",
          "natural",
          "on",
          "using",
          "where",
          "having",
          "union",
          "intersect",
          "except",
          "as");

  /** The words that start what follows a relation and its alias. */
  static final Set<String> STARTS_CLAUSE = startsClause();

  private BareAliases() {}

  private static Set<String> startsClause() {
    Set<String> words = new HashSet<>(MySqlRefusals.AFTER_A_RELATION);
    // PostgreSQL's clauses after a FROM clause, and its sampling
    words.addAll(List.of("full", "offset", "fetch", "returning", "tablesample"));
    words.addAll(CONTINUES_FROM);
    return Set.copyOf(words);
  }

  /** The words of {@code code} that name a select item or alias a relation without AS. */
  static List<String> of(ForeignTokens code) {
    return words(code, i -> isLabel(code, i) || isRelationAlias(code, i));
  }

  /** The words of {@code code} that alias a table or subquery without AS. */
  static List<String> ofRelations(ForeignTokens code) {
    return words(code, i -> isRelationAlias(code, i));
  }

  private static List<String> words(ForeignTokens code, IntPredicate naming) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < code.size(); i++) {
      if (code.kind(i) == SqlToken.Kind.WORD && naming.test(i)) {
        names.add(code.lower(i));
      }
    }
    return List.copyOf(names);
  }

  /**
   * Whether the word at {@code i} ends a select item as its name: after the item's operand, before
   * a comma, FROM or the query's end.
   */
  static boolean isLabel(ForeignTokens code, int i) {
    boolean itemEnds = i + 1 == code.size() || code.are(i + 1, ",") || code.are(i + 1, "from");
    boolean afterOperand =
        code.endsOperand(i - 1)
            && !code.closesDistinctOn(i - 1)
            && !(code.kind(i - 1) == SqlToken.Kind.WORD
                && (MySqlRefusals.BEFORE_AN_OPERAND.contains(code.lower(i - 1))
                    || code.are(i - 1, "to")));
    // INTERVAL '1' DAY, INTERVAL 2 DAY_HOUR: the interval's unit
    boolean unit =
        code.are(i - 2, "interval")
            || (INTERVAL_UNIT.matcher(code.lower(i)).matches() && intervalInItem(code, i));
    return itemEnds && afterOperand && !unit && BareKeywordLabels.inSelectList(code, i);
  }

  /**
   * Whether an INTERVAL stands in the select item before {@code i}, whose unit the compound word
   * there may be ({@code INTERVAL qty + 1 DAY_HOUR}); elsewhere it names the item ({@code SELECT id
   * year_month}, which MySQL and MariaDB refuse).
   */
  private static boolean intervalInItem(ForeignTokens code, int i) {
    int depth = 0;
    for (int at = i - 1; at >= 0; at--) {
      if (code.are(at, ")")) {
        depth++;
      } else if (code.are(at, "(")) {
        depth--;
      } else if (depth <= 0 && (code.are(at, ",") || code.are(at, "select"))) {
        return false;
      } else if (code.are(at, "interval")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code i} aliases the table or subquery right before it, where the FROM
   * clause's item ends after it.
   */
  private static boolean isRelationAlias(ForeignTokens code, int i) {
    // MySQL's t PARTITION (p0) and t STRAIGHT_JOIN (u); H2 takes either word alone as an alias
    boolean partitions =
        (code.are(i, "partition") || code.are(i, "straight_join")) && code.are(i + 1, "(");
    if (partitions
        || CONTINUES_FROM.contains(code.lower(i))
        || !QualifyClause.followsRelation(code, i)) {
      return false;
    }
    // an alias's column list holds names only: not the argument of COLLATION FOR ('y')
    boolean itemEnds =
        i + 1 == code.size()
            || code.are(i + 1, ",")
            || code.are(i + 1, ")")
            || QualifyClause.namesOnly(code, i + 1)
            || STARTS_CLAUSE.contains(code.lower(i + 1));
    return itemEnds && code.inFromClause(i);
  }
}
