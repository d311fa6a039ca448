package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate's {@code @GenericGenerator} on a key field, a class (alone or in {@code
 * GenericGenerators}) and a package, against Hibernate 7's own export: sequences and tables with
 * their parameters, an identity column, nothing for keys counted in Java, and the generator ignored
 * under an explicit {@code SEQUENCE} or {@code TABLE} or a JPA generator of its name. Before, each
 * was an error on the key field.
 */
class GenericGeneratorParityTest {

  private static final ParityModel GENERIC =
      new ParityModel(
          "oracle/genericgenerators",
          "org.example.genericgenerators",
          List.of("package-info"),
          List.of(
              "Counter",
              "Coupon",
              "Folio",
              "Invoice",
              "KeyedBase",
              "Pass",
              "Receipt",
              "Stamp",
              "Tally",
              "Ticket",
              "Token",
              "Voucher"),
          false);

  private static final List<String> ROWS =
      List.of(
          "SELECT kind, reached FROM tally_keys", "SELECT sequence_name, next_val FROM vouchers");

  @TempDir Path snapshots;
  @TempDir Path classes;

  /** The schema and the generator tables' rows are Hibernate's, and it inserts through them. */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void genericGeneratorsMigrateToHibernatesSchemaAndRows(DatabaseKind kind, boolean springNaming)
      throws Exception {
    ParityModel model = GENERIC.withNaming(springNaming);
    try (URLClassLoader loader = model.load(1, snapshots, classes);
        TestDatabase strata = TestDatabases.open(kind);
        TestDatabase hibernate = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
      model.assertHibernatesSchema(loader, strata);
      HibernateOracle oracle = new HibernateOracle(model.entities(loader), loader, springNaming);
      oracle.create(hibernate.dataSource());
      for (String query : ROWS) {
        assertEquals(hibernate.query(query), strata.query(query), query);
      }
      for (String entity :
          List.of("Tally", "Ticket", "Invoice", "Counter", "Token", "Pass", "Coupon")) {
        oracle.persistNew(
            strata.dataSource(), loader.loadClass(model.packageName() + "." + entity));
      }
      assertEquals(
          List.of("n", "1"), strata.query("SELECT COUNT(*) AS n FROM " + model.name("Ticket")));
    }
  }
}
