package dev.strata.processor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.processor.writer.MigrationIndexWriter.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index is taken from the cache only for the very list it was generated from. */
class IndexKeyTest {

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry(1, "Create \"a\"", "V0001_CreateA", "12".repeat(32)),
          new Entry(2, "Create \"b\"", "V0002_CreateB", "34".repeat(32)));

  @Test
  void theSameListGivesTheSameKey() {
    assertEquals(
        IndexKey.of("com.example", "main", ENTRIES),
        IndexKey.of("com.example", "main", List.copyOf(ENTRIES)));
  }

  @Test
  void anyChangeToWhatTheIndexListsGivesAnotherKey() {
    String key = IndexKey.of("com.example", "main", ENTRIES);
    Entry second = ENTRIES.get(1);
    List<List<Entry>> others =
        List.of(
            List.of(ENTRIES.get(0)),
            List.of(ENTRIES.get(1), ENTRIES.get(0)),
            List.of(
                ENTRIES.get(0),
                new Entry(3, second.description(), second.className(), second.checksum())),
            List.of(
                ENTRIES.get(0),
                new Entry(2, "Create \"c\"", second.className(), second.checksum())),
            List.of(
                ENTRIES.get(0),
                new Entry(2, second.description(), "V0002_CreateC", second.checksum())),
            List.of(
                ENTRIES.get(0),
                new Entry(2, second.description(), second.className(), "56".repeat(32))),
            // one entry whose description spells the second entry out on lines of its own
            List.of(
                new Entry(
                    1,
                    "Create \"a\"\n2\nV0002_CreateB\n" + "34".repeat(32) + "\nCreate \"b\"",
                    "V0001_CreateA",
                    "12".repeat(32))));
    for (List<Entry> other : others) {
      assertNotEquals(key, IndexKey.of("com.example", "main", other), other.toString());
    }
    assertNotEquals(key, IndexKey.of("com.example.db", "main", ENTRIES));
    assertNotEquals(key, IndexKey.of("com.example", "reports", ENTRIES));
  }
}
