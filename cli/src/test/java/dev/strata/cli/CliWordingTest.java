package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The runtime's messages, as the command line tells them: commands and options, not methods. */
class CliWordingTest {

  @Test
  void javaMethodsBecomeCommands() {
    assertEquals(
        "Call strata repair with the code that started it; strata status shows it.",
        CliWording.of(
            "Call repair() (strata repair) with the code that started it; status() shows it."));
    assertEquals(
        "this one needs strata upgrade, strata downgrade or strata repair instead.",
        CliWording.of("this one needs upgrade(), downgrade() or repair() instead."));
    assertEquals(
        "(strata validate names a view created by hand)",
        CliWording.of("(validate(), strata validate, names a view created by hand)"));
  }

  @Test
  void configurationMethodsBecomeOptions() {
    assertEquals(
        "or allow a longer wait with --lock-timeout.",
        CliWording.of("or allow a longer wait with Configuration.lockTimeout(...)."));
    assertEquals(
        "Choose another history table with --history-table, or rename that table.",
        CliWording.of(
            "Choose another history table with Configuration.historyTable(...), or rename that"
                + " table."));
  }

  @Test
  void migrationCodeIsNamedAsItIs() {
    String message = "These statements ran through execute() and cannot be undone";
    assertEquals(message, CliWording.of(message));
  }
}
