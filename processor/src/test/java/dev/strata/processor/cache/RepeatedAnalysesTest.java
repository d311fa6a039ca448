package dev.strata.processor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A recorded analysis stands in for a parse only where this processor gives the very same. */
class RepeatedAnalysesTest {

  @Test
  void onlyViewsWhoseRecordedAnalysisIsRepeatedNeedNoParse() {
    try (ViewDefinitions definitions = new ViewDefinitions()) {
      ViewDefinition same = definitions.define("same", "SELECT id FROM orders", "com.example.A");
      ViewDefinition edited = definitions.define("edited", "SELECT 1 AS x", "com.example.B");
      ViewDefinition older = definitions.define("older", "SELECT id FROM orders", "com.example.C");
      // as a Strata that did not know column reads recorded it
      ViewDefinition olderRecorded = older.toBuilder().columnReads(Optional.empty()).build();
      Schema recorded = new Schema(List.of(same, edited, olderRecorded));
      Schema now =
          new Schema(
              List.of(same, definitions.define("edited", "SELECT 2 AS x", "com.example.B"), older));

      Set<String> repeated = RepeatedAnalyses.of(recorded, now);

      assertEquals(Set.of("same"), repeated);
      assertEquals(
          List.of("same"), List.copyOf(RepeatedAnalyses.among(recorded, repeated).keySet()));
    }
  }
}
