/**
 * What Strata learns from a view's SQL, without a compiler: {@code QueryAnalyzer} is the entry.
 *
 * <ul>
 *   <li>{@code SqlTokenizer}, with {@code SqlQuotes} and {@code SqlComments}: tokens as PostgreSQL
 *       and MySQL read them; text they read differently is kept verbatim;
 *   <li>{@code QueryStructure} and {@code CutOffClauses}: the structural check that refuses what is
 *       not one well-formed query, with the check that failed in {@code SqlMessages};
 *   <li>{@code QueryParser} and {@code ParsedQuery}: JSqlParser, bounded in time and stack;
 *   <li>{@code RelationScanner} and {@code CommonTableExpressions}: the relations a query reads,
 *       found in its tokens, whatever the parser sees;
 *   <li>{@code QueryAnalyses}: a build's queries analysed on one lane per core, each lane with its
 *       own analyzer, the outcomes in the order of the queries.
 * </ul>
 *
 * <p>Every stage is iterative or runs on the parser's large stack, so no input overflows the
 * compiler's.
 */
package dev.strata.processor.sql;
