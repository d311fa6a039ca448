package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The difference drift reports reads as a unified diff without its headers. */
class LineDiffTest {

  @Test
  void aChangedLineShowsAsRemovedThenAdded() {
    assertEquals(
        "  SELECT id\n  FROM items\n- WHERE price < 10\n+ WHERE price < 25",
        LineDiff.of(
            "SELECT id\nFROM items\nWHERE price < 10", "SELECT id\nFROM items\nWHERE price < 25"));
  }

  @Test
  void aDefinitionOnOneLineIsSplitAtItsClauses() {
    assertEquals(
        "  select `id` AS `id`\n  from `items`\n- where `price` < 10\n+ where `price` < 25",
        LineDiff.of(
            "select `id` AS `id` from `items` where `price` < 10",
            "select `id` AS `id` from `items` where `price` < 25"));
  }

  @Test
  void aMissingDefinitionShowsTheOtherWhole() {
    assertEquals("+ SELECT 1", LineDiff.of("", "SELECT 1"));
    assertEquals("- SELECT 1", LineDiff.of("SELECT 1", ""));
  }
}
