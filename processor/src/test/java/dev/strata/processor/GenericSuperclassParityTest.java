package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fields whose type is a type variable of a generic {@code @MappedSuperclass}, bound in each entity
 * as Hibernate binds them, against Hibernate's own export on every database and naming: a key as
 * Spring Data's {@code AbstractPersistable<PK>} declares it (generated), who and when as its {@code
 * AbstractAuditable<U, PK>} does ({@code @ManyToOne U}), a {@code BaseEntity<ID>} key bound to
 * {@code UUID} in one table and through a second generic level to {@code Long} in another and to
 * {@code String} in a third, a key of {@code @Column(length = 3)} bound to {@code String}, an
 * {@code @Enumerated} variable and a plain one bound to an enum, an {@code @Embedded} variable
 * bound to an embeddable, a generic embeddable ({@code @Embedded Amount<String>}), an entity's
 * {@code @AttributeOverride} of a bound key ({@code Country}'s {@code iso}) with a foreign key to
 * it, and a join table to the {@code UUID} key. Version 2 binds {@code Account}'s key to {@code
 * Long} where version 1 bound it to {@code Integer}: the key and the join columns that refer to it
 * widen under rows.
 */
class GenericSuperclassParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/genericsuperclass",
          "org.example.generics",
          List.of(
              "Persistable",
              "Auditable",
              "Keyed",
              "Versioned",
              "Coded",
              "Tracked",
              "Priority",
              "Described",
              "Dimensions",
              "Amount"),
          List.of(
              "Account", "Post", "Invoice", "Device", "Country", "Currency", "Ticket", "Product"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void fieldsOfTypeVariablesTakeTheTypesEachEntityBindsThemTo(DatabaseKind kind, boolean spring)
      throws Exception {
    MODEL.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aKeyBoundToAWiderTypeWidensWithItsJoinColumnsUnderRowsBothWays(
      DatabaseKind kind, boolean spring) throws Exception {
    ParityModel model = MODEL.withNaming(spring);
    model.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database -> {
          database.execute(
              "INSERT INTO " + model.name("Account") + " (id, name) VALUES (1, 'Ada')",
              insertPost(model, 10, 1));
          assertEquals(List.of("10,1,Ada"), posts(model, database));
        },
        database -> {
          // beyond an INTEGER: the key and both join columns are BIGINT now
          database.execute(
              "INSERT INTO " + model.name("Account") + " (id, name) VALUES (3000000000, 'Bob')",
              insertPost(model, 11, 3000000000L));
          assertEquals(List.of("10,1,Ada", "11,3000000000,Bob"), posts(model, database));
          database.execute(
              "DELETE FROM " + model.name("Post") + " WHERE id = 11",
              "DELETE FROM " + model.name("Account") + " WHERE id = 3000000000");
        },
        database -> assertEquals(List.of("10,1,Ada"), posts(model, database)));
  }

  private static String insertPost(ParityModel model, int id, long account) {
    return "INSERT INTO "
        + model.name("Post")
        + " (id, title, "
        + model.name("createdBy_id")
        + ", "
        + model.name("lastModifiedBy_id")
        + ") VALUES ("
        + id
        + ", 'Hello', "
        + account
        + ", "
        + account
        + ")";
  }

  /** Each post, with its author's key and name, without the header line. */
  private static List<String> posts(ParityModel model, TestDatabase database) throws Exception {
    List<String> lines =
        database.query(
            "SELECT p.id, a.id, a.name FROM "
                + model.name("Post")
                + " p JOIN "
                + model.name("Account")
                + " a ON a.id = p."
                + model.name("lastModifiedBy_id")
                + " ORDER BY p.id");
    return lines.subList(1, lines.size());
  }
}
