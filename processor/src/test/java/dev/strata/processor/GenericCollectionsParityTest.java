package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Collections and a join-table to-one whose types are type variables of a generic
 * {@code @MappedSuperclass}, bound in each entity as Hibernate 7.2 binds them, against its own
 * export on every database and naming: {@code Listing<T, G>}'s {@code @OneToMany List<T>} and
 * {@code @ManyToMany Set<G>}, bound to {@code Item} and {@code Tag} in {@code Shop} and the other
 * way round in {@code Stall}; {@code Labelled<V>}'s {@code @ElementCollection List<V>}, {@code
 * Set<V>} and {@code Map<String, V>}, bound to {@code String} in {@code Crate} and to {@code
 * Integer} in {@code Bin}; {@code Owned<O>}'s {@code @ManyToOne @JoinTable(name = "pet_owner") O},
 * bound to {@code Item} in {@code Pet}; and a generic embeddable in an element collection, with its
 * type argument ({@code Ledger}'s {@code List<Amount<String>>}) or with a type variable that the
 * entity binds ({@code Priced<C>}'s {@code List<Amount<C>>} and {@code @Embedded Amount<C>}, bound
 * to {@code String} in {@code Till}); {@code Keyed<T>}'s {@code @ManyToMany Map<String, T>}, {@code
 * Parented<C>}'s {@code @OneToMany @JoinColumn List<C>} and {@code Linked<L>}'s
 * {@code @OneToOne @JoinTable(name = "slot_link") L}, bound to {@code Item} in {@code Box}, {@code
 * Rack} and {@code Slot}. Version 2 widens {@code Item}'s key from {@code Integer} to {@code Long}
 * and binds {@code Bin}'s values to {@code Long}: the join columns referring to the key and the
 * values widen under rows.
 */
class GenericCollectionsParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/genericcollections",
          "org.example.genericcollections",
          List.of(
              "Listing", "Labelled", "Owned", "Amount", "Priced", "Keyed", "Parented", "Linked"),
          List.of(
              "Item", "Tag", "Shop", "Stall", "Crate", "Bin", "Pet", "Ledger", "Till", "Box",
              "Rack", "Slot"),
          false);

  private static final long WIDE = 3000000000L;

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void collectionsOfTypeVariablesHoldWhatEachEntityBindsThemTo(DatabaseKind kind, boolean spring)
      throws Exception {
    MODEL.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void boundTypesWidenedUnderRowsBothWays(DatabaseKind kind, boolean spring) throws Exception {
    ParityModel model = MODEL.withNaming(spring);
    List<String> before = List.of("Bin 40 7", "Pet 30 1", "Shop 10 1", "Stall 20 1");
    model.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database -> {
          database.execute(rows(model, 1, 7, 0));
          assertEquals(before, references(model, database));
        },
        database -> {
          // beyond an INTEGER: the join columns and the values are BIGINT now
          database.execute(rows(model, WIDE, WIDE + 1, 1));
          List<String> after = new ArrayList<>(before);
          after.addAll(List.of("Shop 10 " + WIDE, "Stall 20 " + WIDE, "Pet 31 " + WIDE));
          after.addAll(List.of("Bin 40 " + (WIDE + 1), "Bin 41 " + (WIDE + 1)));
          assertEquals(after.stream().sorted().toList(), references(model, database));
          database.execute(
              "DELETE FROM " + shopItems(model) + " WHERE items_id = " + WIDE,
              "DELETE FROM " + stallItems(model) + " WHERE tags_id = " + WIDE,
              "DELETE FROM pet_owner WHERE owner_id = " + WIDE,
              "DELETE FROM " + model.name("Pet") + " WHERE id = 31",
              "DELETE FROM " + model.name("Bin_labels") + " WHERE labels = " + (WIDE + 1),
              "DELETE FROM " + model.name("Bin") + " WHERE id = 41",
              "DELETE FROM " + model.name("Item") + " WHERE id = " + WIDE);
        },
        database -> assertEquals(before, references(model, database)));
  }

  /**
   * An item of key {@code item} in a shop's and a stall's collection and a pet's owner, and a bin
   * labelled {@code label}: the first time ({@code added} 0) with the shop, stall, pet and bin.
   */
  private static String[] rows(ParityModel model, long item, long label, int added) {
    List<String> rows = new ArrayList<>();
    rows.add(insert(model, "Item", "id, name", item + ", 'pen'"));
    if (added == 0) {
      rows.add(insert(model, "Shop", "id, city", "10, 'Oslo'"));
      rows.add(insert(model, "Stall", "id", "20"));
    }
    rows.add(insert(model, shopItems(model), "Shop_id, items_id", "10, " + item));
    rows.add(insert(model, stallItems(model), "Stall_id, tags_id", "20, " + item));
    rows.add(insert(model, "Pet", "id", String.valueOf(30 + added)));
    rows.add("INSERT INTO pet_owner (id, owner_id) VALUES (" + (30 + added) + ", " + item + ")");
    rows.add(insert(model, "Bin", "id", String.valueOf(40 + added)));
    rows.add(insert(model, "Bin_labels", "Bin_id, labels", (40 + added) + ", " + label));
    if (added == 1) {
      rows.add(insert(model, "Bin_labels", "Bin_id, labels", "40, " + label));
    }
    return rows.toArray(String[]::new);
  }

  /** The join table of Shop's items: named after the two entities, or by Spring the attribute. */
  private static String shopItems(ParityModel model) {
    return model.spring() ? "shop_items" : "Shop_Item";
  }

  /** The join table of Stall's tags, which are items. */
  private static String stallItems(ParityModel model) {
    return model.spring() ? "stall_tags" : "Stall_Item";
  }

  private static String insert(ParityModel model, String table, String columns, String values) {
    List<String> names = List.of(columns.split(", ")).stream().map(model::name).toList();
    return "INSERT INTO "
        + model.name(table)
        + " ("
        + String.join(", ", names)
        + ") VALUES ("
        + values
        + ")";
  }

  /** Each owner's reference to an item or its label, sorted, as "Owner key value". */
  private static List<String> references(ParityModel model, TestDatabase database)
      throws Exception {
    String query =
        select(model, "'Shop'", "Shop_id", "items_id", shopItems(model))
            + " UNION ALL "
            + select(model, "'Stall'", "Stall_id", "tags_id", stallItems(model))
            + " UNION ALL SELECT 'Pet', id, owner_id FROM pet_owner UNION ALL "
            + select(model, "'Bin'", "Bin_id", "labels", "Bin_labels");
    List<String> lines = database.query(query);
    return lines.subList(1, lines.size()).stream()
        .map(line -> line.replace(',', ' '))
        .sorted()
        .toList();
  }

  private static String select(
      ParityModel model, String owner, String key, String value, String table) {
    return "SELECT "
        + owner
        + ", "
        + model.name(key)
        + ", "
        + model.name(value)
        + " FROM "
        + model.name(table);
  }
}
