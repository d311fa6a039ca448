package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import java.util.List;

/**
 * What a script rendered for a database reads of it, so that its statements are those the run would
 * send (the run reads the same before each statement): what a column it alters keeps, and the
 * foreign keys that hold on to an index it drops or would take one it creates. As the database is
 * before the script: an object the script itself creates first is unknown to it.
 */
public interface ScriptCatalog {

  /** For a script rendered without a database: nothing is known. */
  ScriptCatalog NONE =
      new ScriptCatalog() {
        @Override
        public ColumnAttributes columnAttributes(String table, String column) {
          return ColumnAttributes.NONE;
        }

        @Override
        public List<Index> indexesForKeysServedOnlyBy(String table, String index) {
          return List.of();
        }

        @Override
        public List<ForeignKey> foreignKeysOwning(String table, String index) {
          return List.of();
        }

        @Override
        public List<String> keyIndexesReplacedBy(String table, Index created) {
          return List.of();
        }

        @Override
        public List<ForeignKey> foreignKeysThatWouldTake(String table, Index created) {
          return List.of();
        }
      };

  /** What {@code column} has and a statement that restates it must restate too. */
  ColumnAttributes columnAttributes(String table, String column);

  /** Where {@link Dialect#foreignKeysNeedAnIndex}: the indexes dropping {@code index} needs. */
  List<Index> indexesForKeysServedOnlyBy(String table, String index);

  /** Where {@link Dialect#foreignKeysTakeExistingIndexes}: the keys that took {@code index}. */
  List<ForeignKey> foreignKeysOwning(String table, String index);

  /** Where {@link Dialect#foreignKeysNeedAnIndex}: the keys' indexes {@code created} replaces. */
  List<String> keyIndexesReplacedBy(String table, Index created);

  /**
   * Where {@link Dialect#foreignKeysTakeExistingIndexes}: the keys with an index of their own that
   * would take {@code created} instead.
   */
  List<ForeignKey> foreignKeysThatWouldTake(String table, Index created);
}
