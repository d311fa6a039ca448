package dev.strata.processor.oracle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The oracle judges a test's schema alone: on PostgreSQL, Hibernate's own validation reads every
 * schema's sequences by name alone, so a sequence of the same name and another increment in another
 * test's schema, in the same server at the same time, failed the validation of this one ("found [5]
 * but expecting [10]", met once in a whole processor run).
 */
class SequenceIsolationTest {

  @Test
  void aSequenceOfTheSameNameInAnotherSchemaDoesNotFailTheValidation() throws Exception {
    HibernateOracle oracle =
        new HibernateOracle(List.of(Ticket.class), getClass().getClassLoader(), false);
    try (TestDatabase judged = TestDatabases.open(DatabaseKind.POSTGRESQL);
        TestDatabase other = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      oracle.create(judged.dataSource());
      other.execute("CREATE SEQUENCE ticket_numbers INCREMENT BY 5");

      assertDoesNotThrow(() -> oracle.validate(judged.dataSource()));
    }
  }

  /** An entity whose key comes from a sequence of increment 10. */
  @Entity
  static class Ticket {
    @Id
    @GeneratedValue(generator = "tickets")
    @SequenceGenerator(name = "tickets", sequenceName = "ticket_numbers", allocationSize = 10)
    Long id;
  }
}
