package dev.strata.runtime.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a run's messages say about the database it could not work with. */
class SessionRunnerTest {

  @Test
  void messagesShowTheDatabaseAddressWithoutCredentials() {
    assertEquals(
        "jdbc:postgresql://db:5432/app",
        SessionRunner.redacted("jdbc:postgresql://db:5432/app?user=x&password=secret"));
    assertEquals("jdbc:mysql://db/app", SessionRunner.redacted("jdbc:mysql://bob:secret@db/app"));
    assertEquals("jdbc:h2:mem:x", SessionRunner.redacted("jdbc:h2:mem:x;PASSWORD=secret"));
  }
}
