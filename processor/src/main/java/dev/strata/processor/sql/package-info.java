/**
 * What Strata learns from a view's SQL, without a compiler: {@code QueryAnalyzer} is the entry.
 *
 * <ul>
 *   <li>{@code SqlTokenizer}, with {@code SqlQuotes} and {@code SqlComments}: tokens as PostgreSQL
 *       and MySQL read them; comments they read differently are kept verbatim; {@code MySqlCode},
 *       with {@code MySqlComments}: a mysql or mariadb dialect query's code as that server reads
 *       it, for the parser and the scans;
 *   <li>{@code QueryReadings}: a backslash in {@code '...'} read both ways, the canonical form the
 *       exact text where the two readings differ; {@code PostgresOperators}: where the canonical
 *       form writes an operator whole, as PostgreSQL reads it;
 *   <li>{@code QueryStructure} and {@code CutOffClauses}: the structural check that refuses what is
 *       not one well-formed query, with the check that failed in {@code SqlMessages};
 *   <li>{@code ParseRun} and {@code ParsedQuery}: JSqlParser on the calling thread, stoppable from
 *       another; {@code QueryParser} runs it for one query at a time on a worker, bounded in time
 *       and stack;
 *   <li>{@code RelationScanner} and {@code CommonTableExpressions}: the relations a query reads,
 *       found in its tokens, whatever the parser sees;
 *   <li>{@code QueryWords}: for a query the parser could not read, every name that is code to some
 *       database, by the tokenizer's rules; the schema model's dependency graph uses it;
 *   <li>{@code QueryAnalyses} and {@code AnalysisLanes}: a build's queries, each text once,
 *       analysed on one lane per core, each lane a thread with the parser's stack that parses its
 *       queries itself while the calling thread watches the limit, the outcomes in the order of the
 *       queries.
 * </ul>
 *
 * <p>Every stage is iterative or runs on the parser's large stack, so no input overflows the
 * compiler's.
 */
package dev.strata.processor.sql;
