package dev.strata.processor.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.View;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When two views are the same query: the comparison a plan makes for every view of a version. */
class ViewDefinitionTest {

  @Test
  void theSameQueryOnEveryDatabaseIsTheSameWhicheverOrderItsDialectsWereGivenIn() {
    ViewDefinition one = view("h", dialect("postgresql", "p"), dialect("h2", "x"));
    ViewDefinition other = view("h", dialect("h2", "x"), dialect("postgresql", "p"));

    assertTrue(one.sameSqlAs(other));
    assertTrue(other.sameSqlAs(one));
    assertTrue(one.sameQueryAs(other));
  }

  @Test
  void aDialectWhoseQueryChangedMakesAnotherQuery() {
    ViewDefinition one = view("h", dialect("h2", "x"), dialect("postgresql", "p"));

    assertFalse(one.sameSqlAs(view("h", dialect("h2", "x"), dialect("postgresql", "q"))));
  }

  @Test
  void aDialectAddedOrRemovedMakesAnotherQuery() {
    ViewDefinition one = view("h", dialect("h2", "x"));

    assertFalse(one.sameSqlAs(view("h", dialect("h2", "x"), dialect("mysql", "x"))));
    assertFalse(one.sameSqlAs(view("h")));
    assertFalse(view("h").sameSqlAs(one));
  }

  @Test
  void theSameHashForAnotherDatabaseIsAnotherQuery() {
    assertFalse(view("h", dialect("h2", "x")).sameSqlAs(view("h", dialect("mysql", "x"))));
  }

  @Test
  void anotherPortableQueryIsAnotherQueryWhateverTheDialectsSay() {
    assertFalse(view("h", dialect("h2", "x")).sameSqlAs(view("g", dialect("h2", "x"))));
  }

  @Test
  void otherOptionsMakeTheSameSqlAnotherQuery() {
    ViewDefinition plain = view("h");
    ViewDefinition checked =
        plain.toBuilder()
            .options(
                new ViewOptions(
                    View.CheckOption.CASCADED,
                    View.Security.DEFAULT,
                    false,
                    View.Algorithm.UNDEFINED))
            .build();

    assertTrue(plain.sameSqlAs(checked));
    assertFalse(plain.sameQueryAs(checked));
  }

  private static ViewDefinition view(String hash, DialectQuery... dialects) {
    return ViewDefinition.builder("v", "SELECT 1", "com.example.V", hash)
        .dialects(List.of(dialects))
        .build();
  }

  private static DialectQuery dialect(String database, String hash) {
    return new DialectQuery(database, "SELECT 1 /* " + database + " */", hash, Optional.empty());
  }
}
