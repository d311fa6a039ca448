package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.internal.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sequence scenarios on H2, which renames no sequence: the rename copies it. */
class H2SequenceTest extends SequenceScenarios {
  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }

  // a run that died part way through the copy runs its statements again when resumed
  @Test
  void theCopyRunAgainInWholeOrInPartKeepsThePosition() {
    database.execute(
        "CREATE SEQUENCE Bin_SEQ START WITH 1 INCREMENT BY 50",
        "SELECT NEXT VALUE FOR Bin_SEQ",
        "SELECT NEXT VALUE FOR Bin_SEQ");
    List<String> copy = Dialects.of(DatabaseKind.H2).renameSequence("Bin_SEQ", "StorageBin_SEQ");

    database.execute(copy.get(0));
    database.execute(copy.toArray(String[]::new));
    database.execute(copy.toArray(String[]::new));

    assertEquals(List.of("101"), database.rows("SELECT NEXT VALUE FOR StorageBin_SEQ"));
    assertEquals(
        List.of("STORAGEBIN_SEQ"),
        database.rows(
            "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA"));
  }
}
