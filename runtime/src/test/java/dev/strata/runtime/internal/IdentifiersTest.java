package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void acceptsPlainAndSchemaQualifiedNames() {
    for (String name : new String[] {"active_users", "_v2", "Reporting.Totals", "a.b"}) {
      assertEquals(name, Identifiers.requireValid(name, "view name"));
    }
  }

  @Test
  void rejectsNamesThatWouldNeedQuotingOrCouldInjectSql() {
    Arrays.asList(null, "", "1st", "a b", "a-b", "\"quoted\"", "a.b.c", "a.", ".a", "v;DROP")
        .forEach(
            name ->
                assertThrows(
                    IllegalArgumentException.class,
                    () -> Identifiers.requireValid(name, "view name"),
                    String.valueOf(name)));
  }

  @Test
  void splitsAQualifiedNameIntoSchemaAndLocalName() {
    assertEquals("reporting", Identifiers.schema("reporting.totals"));
    assertEquals("totals", Identifiers.local("reporting.totals"));
    assertNull(Identifiers.schema("totals"));
    assertEquals("totals", Identifiers.local("totals"));
  }
}
