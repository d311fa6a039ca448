package dev.strata.processor.sql;

import dev.strata.processor.model.ColumnReads;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Strata knows about a view's query.
 *
 * @param canonical the query with whitespace, comments and the case of unquoted words normalised:
 *     two queries with the same canonical form are the same query
 * @param hash the SHA-256 of the canonical form, as the snapshot records it
 * @param parsed whether JSqlParser understood the query within its time limit; when not, it was
 *     compared on its canonical form alone and its dependencies are guessed from its words
 * @param reads the lower-case names of the tables and views the query reads, when parsed: what
 *     JSqlParser's finder saw and what the token scan found in every expression position
 * @param columns the canonical text of each select item, when the query is one plain SELECT without
 *     {@code *}; otherwise the columns are unknown at compile time
 * @param columnReads which columns of the relations it reads the query may read, when parsed
 */
public record QueryAnalysis(
    String canonical,
    String hash,
    boolean parsed,
    Optional<Set<String>> reads,
    Optional<List<String>> columns,
    Optional<ColumnReads> columnReads) {

  public QueryAnalysis {
    reads = reads.map(Set::copyOf);
    columns = columns.map(List::copyOf);
  }
}
