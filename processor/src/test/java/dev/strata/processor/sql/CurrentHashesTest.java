package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.Sha256;
import dev.strata.processor.model.ViewDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A snapshot written under older comparison rules is compared with the code under today's. */
class CurrentHashesTest {

  private static final String SQL = "SELECT $$a  b$$ AS text";

  @Test
  void aHashFromOlderRulesMakesNoVersionForAnUnchangedQuery() {
    ViewDefinition code;
    try (ViewDefinitions definitions = new ViewDefinitions()) {
      code = definitions.define("v", SQL, "com.example.V");
    }
    ViewDefinition recordedByAnOlderStrata = withHash(code, "0".repeat(64));
    Schema snapshot = new Schema(List.of(recordedByAnOlderStrata));

    assertNotEquals(
        List.of(), new SchemaDiffer().diff(snapshot, new Schema(List.of(code))).changes());
    Schema codeSchema = new Schema(List.of(code));
    assertTrue(
        new SchemaDiffer().diff(CurrentHashes.of(snapshot, codeSchema), codeSchema).isEmpty());
  }

  @Test
  void aQueryTheBackslashReadingAloneWasHashedOnIsComparedOnItsExactTextFromNowOn() {
    String sql = "SELECT '\\' AS sep, '-- n/a' AS missing FROM t WHERE a";
    String edited = sql.replace("WHERE a", "WHERE b");
    // read as MySQL reads it, all after '\\' AS sep, ' is a comment: the edit was lost
    String hashByThatReading =
        Sha256.hex(QueryAnalyzer.canonical(SqlTokenizer.tokenize(sql, true)));
    ViewDefinition recorded = withHash(viewOf(sql), hashByThatReading);
    Schema snapshot = new Schema(List.of(recorded));
    Schema unchanged = new Schema(List.of(viewOf(sql)));
    Schema changed = new Schema(List.of(viewOf(edited)));

    assertTrue(new SchemaDiffer().diff(CurrentHashes.of(snapshot, unchanged), unchanged).isEmpty());
    assertFalse(new SchemaDiffer().diff(CurrentHashes.of(snapshot, changed), changed).isEmpty());
  }

  @Test
  void sqlTodaysRulesRefuseKeepsItsRecordedHash() {
    ViewDefinition unterminated =
        ViewDefinition.builder("v", "SELECT 'open", "com.example.V", "1".repeat(64)).build();

    ViewDefinition code = withHash(unterminated, "2".repeat(64));

    Schema rehashed =
        CurrentHashes.of(new Schema(List.of(unterminated)), new Schema(List.of(code)));

    assertEquals(unterminated, rehashed.view("v").orElseThrow());
  }

  @Test
  void aViewWhoseHashMatchesTheCodeIsNotHashedAgain() {
    ViewDefinition stored = withHash(viewOf("SELECT 1 AS x"), "3".repeat(64));

    Schema rehashed = CurrentHashes.of(new Schema(List.of(stored)), new Schema(List.of(stored)));

    assertEquals(stored, rehashed.view("v").orElseThrow());
  }

  private static ViewDefinition viewOf(String sql) {
    try (ViewDefinitions definitions = new ViewDefinitions()) {
      return definitions.define("v", sql, "com.example.V");
    }
  }

  private static ViewDefinition withHash(ViewDefinition view, String hash) {
    // as a Strata that did not know column reads recorded it
    return view.toBuilder().hash(hash).columnReads(Optional.empty()).build();
  }
}
