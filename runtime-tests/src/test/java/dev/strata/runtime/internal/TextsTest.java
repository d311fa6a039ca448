package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void aLabelPadsTheVersionToFourDigitsAndQuotesTheDescription() {
    assertEquals(
        "V0002 \"Replace active_users\" of set main",
        Texts.label("main", 2, "Replace active_users"));
    assertEquals("V12345 \"Big\" of set billing", Texts.label("billing", 12_345, "Big"));
  }

  /** The label users grep their logs for stays what String.format wrote before. */
  @Test
  void aLabelIsWhatTheFormatV04dWritesForEveryVersion() {
    for (int version = 1; version <= 100_000; version++) {
      assertEquals(
          String.format(Locale.ROOT, "V%04d \"%s\" of set %s", version, "d", "s"),
          Texts.label("s", version, "d"));
    }
    assertEquals(
        String.format(Locale.ROOT, "V%04d \"%s\" of set %s", Integer.MAX_VALUE, "d", "s"),
        Texts.label("s", Integer.MAX_VALUE, "d"));
  }
}
