package dev.strata.processor.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a warning names the rows on which a view returned NULL. */
class NullWitnessTest {

  @Test
  void emptyTablesAreNamedAsHoldingNoRow() {
    assertEquals(
        "when `purchase` holds no row",
        new NullWitness(List.of(), List.of("purchase"), Optional.empty(), Optional.empty())
            .describe());
    assertEquals(
        "when `customer` and `purchase` hold no row",
        new NullWitness(
                List.of(), List.of("customer", "purchase"), Optional.empty(), Optional.empty())
            .describe());
  }

  @Test
  void tablesWithARowAreNamedBeforeTheEmptyOnes() {
    assertEquals(
        "when `customer` and `shop` each hold a row and `purchase` holds none",
        new NullWitness(
                List.of("customer", "shop"),
                List.of("purchase"),
                Optional.empty(),
                Optional.empty())
            .describe());
  }

  @Test
  void theColumnHeldNullAndTheNumbersOtherThanOneAreNamed() {
    assertEquals(
        "when `customer` holds a row whose `customer.score` is NULL",
        new NullWitness(
                List.of("customer"), List.of(), Optional.of("customer.score"), Optional.empty())
            .describe());
    assertEquals(
        "when `purchase` holds a row whose numbers are 1000000",
        new NullWitness(List.of("purchase"), List.of(), Optional.empty(), Optional.of("1000000"))
            .describe());
  }

  @Test
  void aViewReadingNoTableReturnsNullWhateverTheTablesHold() {
    assertEquals(
        "whatever the tables hold",
        new NullWitness(List.of(), List.of(), Optional.empty(), Optional.empty()).describe());
  }
}
