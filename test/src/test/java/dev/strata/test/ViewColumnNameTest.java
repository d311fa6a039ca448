package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Column names read from the snapshots' canonical select items. */
class ViewColumnNameTest {

  @Test
  void aliasNamesTheColumn() {
    assertEquals(Optional.of("total"), ViewColumnName.of("sum ( o . amount ) as total"));
  }

  @Test
  void qualifiedColumnKeepsItsOwnName() {
    assertEquals(Optional.of("name"), ViewColumnName.of("c . name"));
  }

  @Test
  void expressionWithoutAliasHasNoKnownName() {
    assertEquals(Optional.empty(), ViewColumnName.of("count ( o . id )"));
  }

  @Test
  void starHasNoSingleName() {
    assertEquals(Optional.empty(), ViewColumnName.of("c . *"));
  }
}
