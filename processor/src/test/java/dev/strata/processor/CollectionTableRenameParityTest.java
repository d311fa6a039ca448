package dev.strata.processor;

import static dev.strata.processor.ModelRows.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An entity class renamed with {@code @RenamedFrom} on its implicitly named table renames its
 * collection tables, named after the entity ({@code Client_tags}), and their columns that refer to
 * it ({@code Client_id}), with their rows, under both namings, with Hibernate as the oracle at each
 * version and after the downgrade. So does a class renamed while its {@code @Table(name)} stays
 * ({@code Shop} to {@code Store} on {@code shops}): its collection table ({@code Shop_brands}) and
 * its join table's column ({@code Shop_id}) follow the class; before, the collection table was
 * dropped and created empty, and the join table's changed primary key failed the build. A to-one's
 * join table named after the renamed table ({@code Client_shops}, or {@code client_favourite}) is
 * renamed too; before, it was dropped and created again empty, under both namings. And so is its
 * column named after the to-one's field, renamed with it ({@code favourite_id} to {@code
 * preferred_id}); before, it was dropped and added again empty, losing every row's target.
 */
class CollectionTableRenameParityTest {

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aRenamedEntityTakesItsCollectionTablesAndTheirRowsAlong(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel first = model(List.of("Client", "Shop"), spring);
    ParityModel second = model(List.of("Customer", "Store"), spring);
    CompiledHistory history = new CompiledHistory(snapshots, classes, first.options());
    history.compileVersion(first.folder(), 1, first.sources());
    try (URLClassLoader version1 = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(version1).load().upgrade();
      first.assertHibernatesSchema(version1, database);
      database.execute(
          "INSERT INTO " + first.name("Client") + " (id) VALUES (1)",
          "INSERT INTO "
              + first.name("Client_tags")
              + " ("
              + first.name("Client_id")
              + ", tags) VALUES (1, 'vip')",
          "INSERT INTO "
              + first.name("Client_notes")
              + " ("
              + first.name("Client_id")
              + ", notes, "
              + first.name("notes_ORDER")
              + ") VALUES (1, 'first', 0)",
          "INSERT INTO shops (id) VALUES (5)",
          insert(first, "Shop_brands", "Shop_id", "brands") + " VALUES (5, 'acme')",
          insert(first, shopsClients(first, "Client"), "Shop_id", "clients_id") + " VALUES (5, 1)",
          insert(first, favourite(first, "Client"), "id", "favourite_id") + " VALUES (1, 5)");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, second.options());
      later.compileVersion(second.folder(), 2, second.sources());
      try (URLClassLoader version2 = later.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(version2).load();
        strata.upgrade();
        second.assertHibernatesSchema(version2, database);
        assertEquals(List.of("vip,first"), rows(database, second, "Customer"));
        assertEquals("[acme] 1", shopsCollections(second, version2, database, "Store"));
        assertEquals(5L, favouriteShop(second, version2, database, "Customer", "preferred"));

        strata.downgrade(1);
        first.assertHibernatesSchema(version1, database);
        assertEquals(List.of("vip,first"), rows(database, first, "Client"));
        assertEquals("[acme] 1", shopsCollections(first, version1, database, "Shop"));
        assertEquals(5L, favouriteShop(first, version1, database, "Client", "favourite"));
      }
    }
  }

  private static ParityModel model(List<String> entities, boolean spring) {
    return new ParityModel(
        "oracle/collectionrename", "org.example.collectionrename", List.of(), entities, spring);
  }

  private static List<String> rows(TestDatabase database, ParityModel model, String entity)
      throws Exception {
    String owner = model.name(entity + "_id");
    return database
        .query(
            "SELECT t.tags, n.notes FROM "
                + model.name(entity + "_tags")
                + " t JOIN "
                + model.name(entity + "_notes")
                + " n ON n."
                + owner
                + " = t."
                + owner)
        .stream()
        .skip(1)
        .toList();
  }

  /** The brands and the number of clients Hibernate loads for shop 5, of class {@code shop}. */
  private static String shopsCollections(
      ParityModel model, ClassLoader loader, TestDatabase database, String shop) throws Exception {
    HibernateOracle hibernate = new HibernateOracle(model.entities(loader), loader, model.spring());
    Class<?> type = loader.loadClass("org.example.collectionrename." + shop);
    Object brands = hibernate.fieldOf(database.dataSource(), type, 5L, "brands");
    Set<?> clients = (Set<?>) hibernate.fieldOf(database.dataSource(), type, 5L, "clients");
    return brands + " " + clients.size();
  }

  /** The join table of the shop's clients: after both tables, or the shops' and the attribute. */
  private static String shopsClients(ParityModel model, String client) {
    return model.spring() ? "shops_clients" : "shops_" + client;
  }

  /**
   * The key of the shop Hibernate loads as client 1's favourite, field {@code field}, through the
   * to-one join table.
   */
  private static Object favouriteShop(
      ParityModel model, ClassLoader loader, TestDatabase database, String client, String field)
      throws Exception {
    HibernateOracle hibernate = new HibernateOracle(model.entities(loader), loader, model.spring());
    Class<?> type = loader.loadClass("org.example.collectionrename." + client);
    Object shop = hibernate.fieldOf(database.dataSource(), type, 1L, field);
    if (shop == null) {
      return null;
    }
    java.lang.reflect.Field id = shop.getClass().getDeclaredField("id");
    id.setAccessible(true);
    return id.get(shop);
  }

  /** The join table of the client's favourite: after both tables, or the owner's and the field. */
  private static String favourite(ParityModel model, String client) {
    return model.spring() ? client.toLowerCase() + "_favourite" : client + "_shops";
  }
}
