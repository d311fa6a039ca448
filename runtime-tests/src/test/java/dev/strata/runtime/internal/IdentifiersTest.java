package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
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
  void aColumnNameTakesNoSchema() {
    assertEquals("phone_2", Identifiers.requirePlain("phone_2", "column name"));
    Arrays.asList(null, "", "2nd", "users.phone", "a b")
        .forEach(
            name ->
                assertThrows(
                    IllegalArgumentException.class,
                    () -> Identifiers.requirePlain(name, "column name"),
                    String.valueOf(name)));
  }

  /**
   * The names accepted are those the regular expressions of the rule accept, for random strings of
   * the characters that matter (the check is a loop, not these expressions).
   */
  @Test
  void acceptsExactlyWhatTheRuleAsARegularExpressionAccepts() {
    Pattern plain = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    Pattern qualified = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    String alphabet = "aZ_09.-; \"\u00e9";
    Random random = new Random(14);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder name = new StringBuilder();
      for (int length = random.nextInt(6); length > 0; length--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String candidate = name.toString();
      assertEquals(qualified.matcher(candidate).matches(), accepts(candidate, true), candidate);
      assertEquals(plain.matcher(candidate).matches(), accepts(candidate, false), candidate);
    }
  }

  private static boolean accepts(String name, boolean qualified) {
    try {
      if (qualified) {
        Identifiers.requireValid(name, "view name");
      } else {
        Identifiers.requirePlain(name, "column name");
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void splitsAQualifiedNameIntoSchemaAndLocalName() {
    assertEquals("reporting", Identifiers.schema("reporting.totals"));
    assertEquals("totals", Identifiers.local("reporting.totals"));
    assertNull(Identifiers.schema("totals"));
    assertEquals("totals", Identifiers.local("totals"));
  }
}
