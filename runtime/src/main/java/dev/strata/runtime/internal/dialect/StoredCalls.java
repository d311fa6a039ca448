package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Column;
import dev.strata.runtime.Index;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of an {@link OperationLog} as the tokens the history table stores, value by value, in
 * the order {@link OperationReplay} reads them back: a stored format that later runtimes read.
 */
final class StoredCalls {

  /** The first token of a stored log whose views have one query each and no options. */
  private static final String FORMAT = "operations/1";

  /**
   * The first token of a stored log with a view of SQL per database or options ({@link ViewQuery}),
   * which a build that reads only {@link #FORMAT} refuses as a whole instead of misreading.
   */
  private static final String FORMAT_QUERIES = "operations/2";

  /**
   * The first token of a stored log with a column whose type is given as it is ({@code json AS
   * GIVEN}), which a build that predates them refuses as a whole instead of writing the notation
   * into its DDL; its views may be those of {@link #FORMAT_QUERIES}.
   */
  private static final String FORMAT_GIVEN_TYPES = "operations/3";

  /**
   * The first token of a stored log with an enum stored in a column of a given type ({@code
   * varchar(32) AS GIVEN ENUM('A','B')}), which a build that reads {@link #FORMAT_GIVEN_TYPES} at
   * most refuses as a whole instead of writing the notation into its DDL.
   */
  private static final String FORMAT_GIVEN_ENUMS = "operations/4";

  /**
   * The first token of a stored log that renames a sequence, a call a build that reads {@link
   * #FORMAT_GIVEN_ENUMS} at most does not know and refuses the log for as a whole.
   */
  private static final String FORMAT_SEQUENCE_RENAMES = "operations/5";

  /**
   * The first token of a stored log that starts a sequence after a table's keys, a call a build
   * that reads {@link #FORMAT_SEQUENCE_RENAMES} at most does not know and refuses the log for as a
   * whole.
   */
  private static final String FORMAT_SEQUENCE_STARTS = "operations/6";

  /** The formats a stored log may have, each a later build's, which reads the ones before it. */
  static final List<String> FORMATS =
      List.of(
          FORMAT,
          FORMAT_QUERIES,
          FORMAT_GIVEN_TYPES,
          FORMAT_GIVEN_ENUMS,
          FORMAT_SEQUENCE_RENAMES,
          FORMAT_SEQUENCE_STARTS);

  private final List<String> tokens = new ArrayList<>(List.of(FORMAT));

  /** The log as stored text. */
  String encoded() {
    return Tokens.encode(tokens);
  }

  void call(String method, String... args) {
    tokens.add(method);
    for (String arg : args) {
      tokens.add(arg);
    }
  }

  void add(String token) {
    tokens.add(token);
  }

  /** Stores the log as format 2, which a call of SQL per database or with options needs. */
  void withQueries() {
    atLeast(FORMAT_QUERIES);
  }

  /** Stores the log as format 5, which a sequence's rename needs. */
  void renamesSequence() {
    atLeast(FORMAT_SEQUENCE_RENAMES);
  }

  /** Stores the log as format 6, which a sequence started after a table's keys needs. */
  void startsSequenceAfterKeys() {
    atLeast(FORMAT_SEQUENCE_STARTS);
  }

  /** Stores the log in {@code format}, unless an earlier call needed a later one. */
  private void atLeast(String format) {
    if (FORMATS.indexOf(tokens.get(0)) < FORMATS.indexOf(format)) {
      tokens.set(0, format);
    }
  }

  void dialects(ViewQuery query) {
    tokens.add(Integer.toString(query.dialects().size()));
    query
        .dialects()
        .forEach(
            (database, sql) -> {
              tokens.add(database);
              tokens.add(sql);
            });
  }

  void options(ViewQuery query) {
    tokens.add(query.checkOption().name());
    tokens.add(query.security().name());
    tokens.add(Boolean.toString(query.securityBarrier()));
    tokens.add(query.algorithm().name());
  }

  void indexes(List<Index> indexes) {
    tokens.add(Integer.toString(indexes.size()));
    indexes.forEach(this::index);
  }

  // a descending column is stored as "c DESC", which a build that predates them refuses as a name
  void index(Index index) {
    tokens.add(index.name());
    tokens.add(Boolean.toString(index.unique()));
    list(index.columnTerms());
  }

  void column(Column column) {
    if (GivenType.enumeration(column.type()).isPresent()) {
      atLeast(FORMAT_GIVEN_ENUMS);
    } else if (GivenType.text(column.type()).isPresent()) {
      atLeast(FORMAT_GIVEN_TYPES);
    }
    tokens.add(column.name());
    tokens.add(column.type());
    tokens.add(Boolean.toString(column.nullable()));
    tokens.add(Boolean.toString(column.identity()));
    tokens.add(column.defaultValue().orElse(null));
  }

  void list(List<String> names) {
    tokens.add(Integer.toString(names.size()));
    tokens.addAll(names);
  }
}
