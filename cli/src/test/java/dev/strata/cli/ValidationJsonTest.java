package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.ViewDrift;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code validate --json} names the options of a view changed by hand, for scripts. */
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
}
