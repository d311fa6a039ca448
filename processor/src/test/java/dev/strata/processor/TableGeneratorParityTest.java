package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GenerationType.TABLE}: the tables Hibernate's export creates ({@code hibernate_sequences},
 * a {@code @TableGenerator}'s named table, or one named after the generator; also for {@code AUTO}
 * naming a {@code @TableGenerator}) hold the rows its export inserts, and Hibernate inserts
 * entities through them once Strata has migrated.
 */
class TableGeneratorParityTest {

  private static final ParityModel FIRST =
      new ParityModel(
          "oracle/tablekeys",
          "org.example.tablekeys",
          List.of(),
          List.of("Ticket", "Receipt", "Voucher", "Coupon", "Badge"),
          false);

  /** Version 2 adds a generator to an existing table and deletes the entity of another. */
  private static final ParityModel SECOND =
      new ParityModel(
          "oracle/tablekeys",
          "org.example.tablekeys",
          List.of(),
          List.of("Ticket", "Receipt", "Voucher", "Ledger", "Badge"),
          false);

  private static final ParityModel SPRING =
      new ParityModel(FIRST.folder(), FIRST.packageName(), List.of(), FIRST.entityNames(), true);

  private static final String ROWS =
      "SELECT sequence_name, next_val FROM hibernate_sequences ORDER BY sequence_name";
  private static final String NAMED_ROWS = "SELECT gen_name, gen_val FROM id_gen ORDER BY gen_name";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void tableGeneratorsMigrateToSpringBootsSchemaAndRows(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, SPRING.options());
    history.compileVersion(SPRING.folder(), 1, SPRING.sources());
    try (URLClassLoader loader = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
      assertHibernatesSchemaAndRows(SPRING, loader, strata);
    }
  }

  /**
   * At each version the schema and the generator rows are Hibernate's, and Hibernate inserts
   * entities whose keys come from them; the values the rows reached survive version 2.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void tableGeneratorsEvolveAndHibernateInsertsThroughThem(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, FIRST.options());
    history.compileVersion(FIRST.folder(), 1, FIRST.sources());
    try (URLClassLoader first = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(first).load().upgrade();
      assertHibernatesSchemaAndRows(FIRST, first, strata);
      HibernateOracle oracle = new HibernateOracle(FIRST.entities(first), first, false);
      Object ticket = oracle.persistNew(strata.dataSource(), first.loadClass(type("Ticket")));
      Object voucher = oracle.persistNew(strata.dataSource(), first.loadClass(type("Voucher")));
      oracle.persistNew(strata.dataSource(), first.loadClass(type("Coupon")));
      List<String> used = strata.query(ROWS);

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, FIRST.options());
      later.compileVersion(FIRST.folder(), 2, SECOND.sources());
      try (URLClassLoader second = later.load()) {
        Strata.configure(strata.dataSource()).classLoader(second).load().upgrade();
        assertHibernatesSchema(SECOND, second, strata);
        assertEquals(used, strata.query(ROWS), "the default segment keeps the value it reached");
        assertEquals(
            List.of("gen_name,gen_val", "Ledger,0"),
            strata.query("SELECT gen_name, gen_val FROM id_gen WHERE gen_name = 'Ledger'"));
        HibernateOracle later2 = new HibernateOracle(SECOND.entities(second), second, false);
        Object nextTicket =
            later2.persistNew(strata.dataSource(), second.loadClass(type("Ticket")));
        Object nextVoucher =
            later2.persistNew(strata.dataSource(), second.loadClass(type("Voucher")));
        later2.persistNew(strata.dataSource(), second.loadClass(type("Ledger")));
        assertNotEquals(ticket, nextTicket);
        assertNotEquals(voucher, nextVoucher);
        assertEquals(List.of("n", "2"), strata.query("SELECT COUNT(*) AS n FROM Ticket"));
      }
    }
  }

  private static String type(String simpleName) {
    return FIRST.packageName() + "." + simpleName;
  }

  /** The schema is Hibernate's, and so are the rows of the generator tables. */
  /**
   * A generator table named in camel case, by {@code @TableGenerator(table)} or by the generator's
   * name, is named as the naming names tables ({@code key_blocks}, {@code permit_keys} under Spring
   * Boot's), its columns as given ({@code blockName}), as Hibernate 7 exports them. Before, Strata
   * kept the table's name as given under Spring Boot's naming, and Hibernate's validation failed:
   * {@code missing table [key_blocks]}.
   */
  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void generatorTablesAreNamedAsTheNamingNamesTables(DatabaseKind kind, boolean spring)
      throws Exception {
    new ParityModel(
            "oracle/camelkeys",
            "org.example.camelkeys",
            List.of(),
            List.of("Pass", "Permit"),
            spring)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  private static void assertHibernatesSchemaAndRows(
      ParityModel model, ClassLoader loader, TestDatabase strata) throws Exception {
    assertHibernatesSchema(model, loader, strata);
    try (TestDatabase hibernate = TestDatabases.open(strata.kind())) {
      new HibernateOracle(model.entities(loader), loader, model.spring())
          .create(hibernate.dataSource());
      for (String query :
          List.of(ROWS, NAMED_ROWS, "SELECT sequence_name, next_val FROM coupons")) {
        assertEquals(hibernate.query(query), strata.query(query), query);
      }
    }
  }

  private static void assertHibernatesSchema(
      ParityModel model, ClassLoader loader, TestDatabase strata) throws Exception {
    HibernateParity.assertHibernatesSchema(
        new HibernateOracle(model.entities(loader), loader, model.spring()), strata);
  }
}
