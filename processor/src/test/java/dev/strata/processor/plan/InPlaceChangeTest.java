package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import org.junit.jupiter.api.Test;

/** Which query changes every database can apply with CREATE OR REPLACE VIEW. */
class InPlaceChangeTest {

  private final ViewDefinition before = view("SELECT id, email FROM users");

  @Test
  void appendingColumnsOrChangingTheRestOfTheQueryIsInPlace() {
    assertTrue(InPlaceChange.possible(before, view("SELECT id, email, name FROM users")));
    assertTrue(InPlaceChange.possible(before, view("SELECT id, email FROM users WHERE active")));
    assertTrue(InPlaceChange.possible(before, view("select ID, Email from users u")));
  }

  @Test
  void removingReorderingRenamingOrHidingColumnsIsNot() {
    assertFalse(InPlaceChange.possible(before, view("SELECT id FROM users")));
    assertFalse(InPlaceChange.possible(before, view("SELECT email, id FROM users")));
    assertFalse(InPlaceChange.possible(before, view("SELECT id, email AS e FROM users")));
    assertFalse(InPlaceChange.possible(before, view("SELECT id, LOWER(email) FROM users")));
    assertFalse(InPlaceChange.possible(before, view("SELECT * FROM users")));
    assertFalse(InPlaceChange.possible(before, view("SELECT id, email FROM a UNION SELECT 1, 2")));
  }

  private static ViewDefinition view(String sql) {
    return new ViewDefinitions().define("v", sql, "com.example.V");
  }
}
