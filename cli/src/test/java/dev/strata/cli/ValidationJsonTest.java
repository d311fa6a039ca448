package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.ViewDrift;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code validate --json} names the options of a view changed by hand, and the unfinished runs that
 * kept drift from being looked for, for scripts.
 */
class ValidationJsonTest {

  @Test
  void aViewWhoseOptionsChangedByHandListsEachOptionAsRecordedAndAsNow() {
    String definition = " SELECT items.id\n   FROM items";
    ViewDrift drift =
        new ViewDrift(
            "shop.cheap_items",
            ViewDrift.Change.CHANGED,
            definition,
            definition,
            List.of(
                new ViewDrift.Option("check_option", "local", null),
                new ViewDrift.Option("security_barrier", null, "true")));

    String json =
        ValidationJson.of(new ValidationReport(List.of(), 5, 0, List.of(), List.of(drift)));

    assertTrue(
        json.contains(
            "\"options\": [{\"name\": \"check_option\", \"recorded\": \"local\", \"current\": null},"
                + " {\"name\": \"security_barrier\", \"recorded\": null, \"current\": \"true\"}]}"),
        json);
  }

  @Test
  void anUnfinishedRunOfAnySetIsListedSoThatAnEmptyDriftIsNotTakenForNone() {
    MigrationInfo failed =
        new MigrationInfo(
            "reporting",
            1,
            "Create sales",
            "0123abcd",
            MigrationState.FAILED,
            Instant.parse("2026-12-04T10:15:30Z"),
            12L);

    String json =
        ValidationJson.of(
            new ValidationReport(List.of(), 5, 0, List.of(), List.of(), List.of(failed)));

    assertTrue(
        json.contains(
            "\"unfinished\": [\n  {\"set\": \"reporting\", \"version\": 1,"
                + " \"description\": \"Create sales\", \"state\": \"FAILED\"}\n]"),
        json);
  }
}
