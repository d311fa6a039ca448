package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A view entity's primitive field on a column its view can return NULL in: Hibernate cannot set a
 * NULL on a primitive and fails to load the row. Strata warns on exactly the fields Hibernate fails
 * to load, on H2, PostgreSQL and MariaDB, over rows the schema allows: a customer without a
 * purchase and without a score beside one with both, a purchase without a customer, and a receipt,
 * which cannot be without one. An outer join that finds nothing, a subquery over no row, a nullable
 * column and a {@code CASE} without {@code ELSE} give NULLs; an inner join, an outer join that a
 * foreign key always satisfies, a {@code COUNT}, a {@code COALESCE}, a filter on {@code IS NOT
 * NULL} and a wrapper field do not fail.
 */
class NullIntoPrimitiveParityTest {

  private static final List<String> VIEW_ENTITIES =
      List.of(
          "BestPurchase",
          "CustomerScore",
          "CustomerTotal",
          "CustomerTotalBoxed",
          "CustomerTotalOrZero",
          "HighScore",
          "LastPurchase",
          "PurchaseAmount",
          "PurchaseBuyer",
          "PurchaseCount",
          "ReceiptHolder",
          "ScoredCustomer",
          "SmallPurchase");

  private static final ParityModel MODEL =
      new ParityModel("oracle/viewnulls", "org.example.viewnulls", List.of(), entityNames(), false);

  @TempDir static Path snapshots;
  @TempDir static Path classes;

  private static CompiledHistory history;

  @BeforeAll
  static void compile() throws Exception {
    history = new CompiledHistory(snapshots, classes, MODEL.options());
    history.compileVersion(MODEL.folder(), 1, MODEL.entityNames());
  }

  @Test
  void strataWarnsOnThePrimitiveFieldsOfColumnsTheirViewsCanReturnNullIn() {
    assertEquals(
        List.of(
            "BestPurchase",
            "CustomerScore",
            "CustomerTotal",
            "HighScore",
            "LastPurchase",
            "PurchaseBuyer",
            "SmallPurchase"),
        List.copyOf(nullWarnings().keySet()));
  }

  @Test
  void theWarningSaysOnWhichRowsTheViewReturnsNullAndWhatToDeclare() {
    String warning = nullWarnings().get("CustomerTotal");
    assertTrue(
        warning.contains(
            "View customer_total can return NULL in column total (it does on H2 when `customer`"
                + " holds a row and `purchase` holds none), and Hibernate cannot set a NULL on the"
                + " int field total"),
        warning);
    assertTrue(warning.contains("Declare the field Integer"), warning);
    assertTrue(
        nullWarnings().get("CustomerScore").contains("whose `customer.score` is NULL"),
        nullWarnings().get("CustomerScore"));
    assertTrue(
        nullWarnings().get("SmallPurchase").contains("whose numbers are 1000000"),
        nullWarnings().get("SmallPurchase"));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void hibernateFailsToLoadExactlyTheViewEntitiesStrataWarnsOn(DatabaseKind kind) throws Exception {
    try (URLClassLoader loader = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      database.execute(
          "INSERT INTO Customer (id, name, score) VALUES (1, 'no purchase, no score', NULL)",
          "INSERT INTO Customer (id, name, score) VALUES (2, 'one purchase', 9)",
          "INSERT INTO Purchase (id, customer_id, amount) VALUES (10, 2, 5)",
          "INSERT INTO Purchase (id, customer_id, amount) VALUES (11, 2, 500)",
          "INSERT INTO Purchase (id, customer_id, amount) VALUES (12, NULL, 5)",
          "INSERT INTO Receipt (id, customer_id, total) VALUES (20, 2, 7)");
      assertEquals(List.copyOf(nullWarnings().keySet()), failedLoads(loader, database));
    }
  }

  /**
   * The view entities whose rows Hibernate fails to load, each queried on its own in one session (a
   * query that fails may leave the transaction to roll back, which is all it writes).
   */
  private static List<String> failedLoads(ClassLoader loader, TestDatabase database)
      throws Exception {
    HibernateOracle hibernate = new HibernateOracle(MODEL.entities(loader), loader, false);
    List<String> failed = new ArrayList<>();
    List<String> otherFailures = new ArrayList<>();
    try {
      hibernate.fromValidated(
          database.dataSource(),
          session -> {
            for (String entity : VIEW_ENTITIES) {
              try {
                Class<?> type = loader.loadClass(MODEL.packageName() + "." + entity);
                session.createSelectionQuery("from " + entity, type).getResultList();
              } catch (RuntimeException | ClassNotFoundException e) {
                (causes(e).contains("Null value was assigned") ? failed : otherFailures)
                    .add(entity + ": " + causes(e));
              }
              session.clear();
            }
            return null;
          });
    } catch (RuntimeException e) {
      // the transaction marked to roll back after a failed load: nothing was to be written
    }
    assertEquals(List.of(), otherFailures);
    return failed.stream().map(line -> line.substring(0, line.indexOf(':'))).toList();
  }

  /** By view entity, in name order, Strata's warning about a NULL on its primitive field. */
  private static Map<String, String> nullWarnings() {
    Map<String, String> warnings = new TreeMap<>();
    for (Diagnostic<?> diagnostic : history.latest().diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (diagnostic.getKind() == Diagnostic.Kind.WARNING && message.contains("can return NULL")) {
        String source = diagnostic.getSource().toString();
        String entity = source.substring(source.lastIndexOf('/') + 1, source.indexOf(".java"));
        warnings.put(entity, message);
      }
    }
    return warnings;
  }

  private static String causes(Throwable e) {
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append(" / ");
    }
    return messages.toString();
  }

  private static List<String> entityNames() {
    TreeSet<String> names = new TreeSet<>(VIEW_ENTITIES);
    names.add("Customer");
    names.add("Purchase");
    names.add("Receipt");
    return List.copyOf(names);
  }
}
