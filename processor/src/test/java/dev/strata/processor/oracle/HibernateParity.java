package dev.strata.processor.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.util.List;

/**
 * The parity check: Hibernate validates the schema Strata migrated, and creates its own for the
 * same entities in a second, empty database of the same kind, which must read back the same.
 */
public final class HibernateParity {

  private HibernateParity() {}

  public static void assertHibernatesSchema(HibernateOracle oracle, TestDatabase strata)
      throws Exception {
    try (TestDatabase hibernate = TestDatabases.open(strata.kind())) {
      oracle.validateAndCreate(strata.dataSource(), hibernate.dataSource());
      List<String> expected = SchemaDescription.of(hibernate.dataSource());
      List<String> actual = SchemaDescription.of(strata.dataSource());
      assertEquals(
          "",
          difference(expected, actual),
          "Strata's schema differs from Hibernate's on " + strata);
    }
  }

  /** The lines only Hibernate's schema has ({@code -}) and those only Strata's has ({@code +}). */
  private static String difference(List<String> hibernate, List<String> strata) {
    StringBuilder text = new StringBuilder();
    hibernate.stream()
        .filter(line -> !strata.contains(line))
        .forEach(line -> text.append("- ").append(line).append('\n'));
    strata.stream()
        .filter(line -> !hibernate.contains(line))
        .forEach(line -> text.append("+ ").append(line).append('\n'));
    return text.toString();
  }
}
