package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate is the oracle for the tables Strata migrates: each model is compiled with Strata's
 * processor, its migrations applied, and then (1) Hibernate validates the schema with {@code
 * hbm2ddl.auto=validate}, and (2) the schema, read back through JDBC metadata, must equal the one
 * Hibernate's own export creates for the same classes in a second, empty database.
 */
class HibernateParityTest {

  /**
   * Spring's pet clinic, its code unchanged: Bean Validation, one-to-many, many-to-many; tested
   * under Spring Boot's naming, as the pet clinic runs, and under Hibernate's.
   */
  private static final ParityModel PET_CLINIC =
      new ParityModel(
          "oracle/petclinic",
          "org.example.petclinic",
          List.of("BaseEntity", "NamedEntity", "Person"),
          List.of("Owner", "Pet", "PetType", "Specialty", "Vet", "Visit"),
          true);

  /**
   * Explicit names in camel case on every element that names a table, column or sequence, which
   * Spring Boot's physical naming strategy rewrites as it rewrites implicit ones.
   */
  private static final ParityModel EXPLICIT_NAMES =
      new ParityModel(
          "oracle/naming",
          "org.example.naming",
          List.of("Address", "Kept"),
          List.of("Owner", "Tag", "Pet", "Dog", "Vehicle", "Truck", "Kennel"),
          false);

  /**
   * Every kind of association, with JPA's own implicit names; to-one and many-to-many associations
   * declared by an interface, their entity named by {@code targetEntity}.
   */
  private static final ParityModel ASSOCIATIONS =
      new ParityModel(
          "oracle/associations",
          "org.example.associations",
          List.of("Patron"),
          List.of("Author", "Book", "Library", "Profile", "Tag", "Member", "Loan"),
          false);

  /**
   * Keys from sequences: Hibernate's default, a declared generator, one another entity declares
   * (out of scope, as Hibernate scopes generators by default: its name is the sequence's), one
   * nothing declares, and a UUID.
   */
  private static final ParityModel GENERATED =
      new ParityModel(
          "oracle/generated",
          "org.example.generated",
          List.of(),
          List.of("Author", "Invoice", "Receipt", "Token", "Voucher"),
          false);

  /**
   * Generators that {@code package-info.java} declares, a sequence taken by an entity that names it
   * and by one that names none, and a table; and a table generator that nothing declares.
   */
  private static final ParityModel GENERATOR_SCOPE =
      new ParityModel(
          "oracle/generatorscope",
          "org.example.generatorscope",
          List.of("package-info"),
          List.of("Chit", "Journal", "Ledger", "Stamp"),
          false);

  /**
   * Generators repeated in {@code package-info.java} and on a key field, and in their container on
   * a class: before, Strata read a lone one only, and took the generator's name for the sequence or
   * table's.
   */
  private static final ParityModel REPEATED_GENERATORS =
      new ParityModel(
          "oracle/repeatedgenerators",
          "org.example.repeatedgenerators",
          List.of("package-info"),
          List.of("Batch", "Coupon", "Receipt", "Token"),
          false);

  /**
   * An embeddable used twice, with its columns overridden, an inherited column overridden,
   * overrides of a nested embeddable's attribute and association by their own names, which
   * Hibernate ignores, and by their paths, from an embedded field and from an entity over its
   * mapped superclass; Hibernate's {@code @EmbeddedColumnNaming}, nested and around overrides, and
   * around the columns of collections inside the embeddable; converters by paths; overrides that
   * Hibernate ignores, of paths to nothing and of an association by @AttributeOverride.
   */
  private static final ParityModel EMBEDDED =
      new ParityModel(
          "oracle/embedded",
          "org.example.embedded",
          List.of(
              "Address",
              "Named",
              "Position",
              "Duty",
              "Located",
              "Area",
              "StationKey",
              "Sited",
              "CodeLength",
              "Holdings",
              "Marks"),
          List.of("Customer", "Depot", "Keeper", "Station", "Terminal"),
          false);

  /**
   * Element collections and an ordered many-to-many; embeddables that point back to their owner
   * with Hibernate's {@code @Parent}, which maps no column.
   */
  private static final ParityModel COLLECTIONS =
      new ParityModel(
          "oracle/collections",
          "org.example.collections",
          List.of("Phone", "Spot", "Badge"),
          List.of("Club", "Member", "Team"),
          false);

  /** The basic types Hibernate maps without being told how. */
  private static final ParityModel TYPES =
      new ParityModel(
          "oracle/types",
          "org.example.types",
          List.of("Status"),
          List.of("Sample", "Document"),
          false);

  /**
   * A composite key from an {@code @EmbeddedId}, in Hibernate's column order; one whose field
   * overrides its columns, its join column too, and an inherited one renamed by its path.
   */
  private static final ParityModel KEYS =
      new ParityModel(
          "oracle/keys",
          "org.example.keys",
          List.of("OrderLineId", "RefundId", "KeyedBase"),
          List.of("OrderLine", "Clerk", "Refund", "Shipment"),
          false);

  /** Enums, as ordinals and as names. */
  private static final ParityModel ENUMS =
      new ParityModel(
          "oracle/types", "org.example.types", List.of("Status"), List.of("Labelled"), false);

  /**
   * Entity hierarchies of each strategy (single table explicit and implicit, joined with and
   * without a discriminator, table per class with an abstract and a concrete root), mapped
   * superclasses between entities, secondary tables, and associations to roots and subclasses.
   */
  private static final ParityModel INHERITANCE =
      new ParityModel(
          "oracle/inheritance",
          "org.example.inheritance",
          List.of("Identified", "Pet"),
          List.of(
              "Account",
              "Animal",
              "BankTransfer",
              "CardPayment",
              "Car",
              "Cat",
              "Checking",
              "Circle",
              "Customer",
              "Document",
              "Dog",
              "Invoice",
              "Payment",
              "Savings",
              "Shape",
              "Supplier",
              "Trip",
              "Truck",
              "Vehicle"),
          false);

  /** The same hierarchies, named as Spring Boot names them. */
  private static final ParityModel INHERITANCE_SPRING = INHERITANCE.withSpringNaming();

  /**
   * Converters (named, auto-applied, and one to a {@code String} under {@code @Lob}), legacy
   * temporals, check constraints from every source Hibernate reads them from, and column defaults.
   */
  private static final ParityModel COLUMNS =
      new ParityModel(
          "oracle/columns",
          "org.example.columns",
          List.of("Status", "Money", "TagsConverter"),
          List.of("Product", "MoneyConverter"),
          false);

  /** Converters whose database side is a {@code byte[]}, as Sakila's geometry converter's is. */
  private static final ParityModel BINARY_CONVERTER =
      new ParityModel(
          "oracle/binaryconverter",
          "org.example.binaryconverter",
          List.of("Token", "TokenConverter"),
          List.of("Badge"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void petClinicMigratesToTheSchemaHibernateCreates(DatabaseKind kind, boolean spring)
      throws Exception {
    assertParity(PET_CLINIC.withNaming(spring), 1, kind);
  }

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void explicitNamesMigrateToTheSchemaHibernateCreates(DatabaseKind kind, boolean spring)
      throws Exception {
    assertParity(EXPLICIT_NAMES.withNaming(spring), 1, kind);
  }

  /**
   * Version 2 renames a column with {@code @RenamedFrom} and shortens it with {@code @Size}, adds
   * one, and makes another NOT NULL with {@code @NotNull}: the rows of version 1 survive, and the
   * schema is Hibernate's at each version.
   */
  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void petClinicEvolvesToHibernatesSchemaAndKeepsItsRows(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel petClinic = PET_CLINIC.withNaming(spring);
    CompiledHistory history = new CompiledHistory(snapshots, classes, petClinic.options());
    history.compileVersion(petClinic.folder(), 1, petClinic.sources());
    try (URLClassLoader first = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(first).load().upgrade();
      strata.execute(
          "INSERT INTO owners ("
              + petClinic.name("firstName")
              + ", "
              + petClinic.name("lastName")
              + ", address, city, telephone)"
              + " VALUES ('George', 'Franklin', '110 W. Liberty St.', 'Madison', '6085551023')",
          "INSERT INTO types (name) VALUES ('cat')",
          "INSERT INTO pets (name, "
              + petClinic.name("birthDate")
              + ", type_id, owner_id)"
              + " SELECT 'Leo', DATE '2020-09-07', t.id, o.id FROM types t, owners o");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, petClinic.options());
      later.compileVersion(petClinic.folder(), 2, petClinic.sources());
      try (URLClassLoader second = later.load()) {
        Strata.configure(strata.dataSource()).classLoader(second).load().upgrade();
        assertHibernatesSchema(petClinic, second, strata);
        assertEquals(
            List.of("last_name,phone,name", "Franklin,6085551023,Leo"),
            strata.query(
                "SELECT o."
                    + petClinic.name("lastName")
                    + " AS last_name, o.phone, p.name"
                    + " FROM owners o JOIN pets p ON p.owner_id = o.id"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void associationsMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(ASSOCIATIONS, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void generatedKeysMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(GENERATED, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void keysFromThePackagesAndUndeclaredGeneratorsMigrateToTheSchemaHibernateCreates(
      DatabaseKind kind) throws Exception {
    assertParity(GENERATOR_SCOPE, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void keysFromRepeatedGeneratorsMigrateToTheSchemaHibernateCreates(DatabaseKind kind)
      throws Exception {
    assertParity(REPEATED_GENERATORS, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void attributeOverridesMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(EMBEDDED, 1, kind);
  }

  /**
   * The same model named as Spring Boot names it: its naming strategy goes inside the patterns of
   * {@code @EmbeddedColumnNaming}, those around the columns of collections too. On H2 alone, as the
   * names are the processor's, not the database's (measured alike on the three).
   */
  @Test
  void attributeOverridesWithSpringNamingMigrateToTheSchemaHibernateCreates() throws Exception {
    assertParity(EMBEDDED.withSpringNaming(), 1, DatabaseKind.H2);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void collectionsMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(COLLECTIONS, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void basicTypesMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(TYPES, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void embeddedIdsMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(KEYS, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void enumsMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(ENUMS, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void inheritanceMigratesToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    assertParity(INHERITANCE, 1, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void inheritanceWithSpringNamingMigratesToTheSchemaHibernateCreates(DatabaseKind kind)
      throws Exception {
    assertParity(INHERITANCE_SPRING, 1, kind);
  }

  /**
   * Version 2 adds a subclass to each hierarchy and a field to a subclass of each strategy and to a
   * secondary table; version 3 a joined subclass of a joined subclass and a field below a mapped
   * superclass. Rows written at version 1 survive, and Hibernate validates every version.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void inheritanceEvolvesToHibernatesSchemaAndKeepsItsRows(DatabaseKind kind) throws Exception {
    assertHierarchiesEvolve(INHERITANCE, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void inheritanceWithSpringNamingEvolvesToHibernatesSchemaAndKeepsItsRows(DatabaseKind kind)
      throws Exception {
    assertHierarchiesEvolve(INHERITANCE_SPRING, kind);
  }

  private void assertHierarchiesEvolve(ParityModel first, DatabaseKind kind) throws Exception {
    List<ParityModel> versions =
        List.of(
            first,
            first.with("Bike", "Bird", "Loan", "WalletPayment"),
            first.with("Bike", "Bird", "Loan", "WalletPayment", "SportsCar"));
    try (TestDatabase strata = TestDatabases.open(kind)) {
      for (int version = 1; version <= versions.size(); version++) {
        versions.get(version - 1).migrate(version, snapshots, classes, strata);
        if (version == 1) {
          strata.execute(rowsOfEachHierarchy(first));
        }
      }
      assertEquals(
          List.of("make,seats,owner,amount,rating", "Volvo,5,Ada,9.99,5"),
          strata.query(rowsRead(first)));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void convertersTemporalsChecksAndDefaultsMigrateToTheSchemaHibernateCreates(DatabaseKind kind)
      throws Exception {
    assertParity(COLUMNS, 1, kind);
  }

  /**
   * A converter to {@code byte[]} gives its columns the type Hibernate gives a {@code byte[]}
   * (before, Strata read an array as a type the converter does not state, and refused the field).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aConverterToAByteArrayGivesItsColumnsHibernatesType(DatabaseKind kind) throws Exception {
    assertParity(BINARY_CONVERTER, 1, kind);
  }

  /**
   * Version 2 adds a NOT NULL column with a default to the filled table, makes a column with a
   * default NOT NULL over a row that holds NULL, widens a {@code @Max}, drops a table check and
   * gives the enum a constant (a new native enum type, a new PostgreSQL check, a new ordinal
   * range): the rows survive, the new column and the NULL take the defaults, and the schema is
   * Hibernate's.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void checksAndDefaultsEvolveToHibernatesSchemaAndFillTheRows(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, COLUMNS.options());
    history.compileVersion(COLUMNS.folder(), 1, COLUMNS.sources());
    try (URLClassLoader first = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(first).load().upgrade();
      strata.execute(
          "INSERT INTO products (id, status, previous, rating, price, quantity, state, money, tags)"
              + " VALUES (1, 'ACTIVE', 1, 5, 9.99, 3, NULL, 250, 'a,b')",
          "INSERT INTO products (id, status, rating, quantity, state)"
              + " VALUES (2, 'CLOSED', 10, 1, 'draft')");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, COLUMNS.options());
      later.compileVersion(COLUMNS.folder(), 2, COLUMNS.sources());
      try (URLClassLoader second = later.load()) {
        Strata.configure(strata.dataSource()).classLoader(second).load().upgrade();
        assertHibernatesSchema(COLUMNS, second, strata);
        assertEquals(
            List.of("id,status,state,stock,money", "1,ACTIVE,new,0,250", "2,CLOSED,draft,0,null"),
            strata.query("SELECT id, status, state, stock, money FROM products ORDER BY id"));
      }
    }
  }

  private void assertParity(ParityModel model, int versions, DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, model.options());
    for (int version = 1; version <= versions; version++) {
      history.compileVersion(model.folder(), version, model.sources());
    }
    try (URLClassLoader loader = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
      assertHibernatesSchema(model, loader, strata);
    }
  }

  /** Hibernate validates the schema Strata migrated, and its own export reads back the same. */
  private static void assertHibernatesSchema(
      ParityModel model, ClassLoader loader, TestDatabase strata) throws Exception {
    HibernateParity.assertHibernatesSchema(
        new HibernateOracle(model.entities(loader), loader, model.spring()), strata);
  }

  /** A row in a table of each strategy and in a secondary table. */
  private static String[] rowsOfEachHierarchy(ParityModel model) {
    return new String[] {
      "INSERT INTO " + model.name("Customer") + " (id, name) VALUES (1, 'Ada')",
      "INSERT INTO customer_details (customer_id, rating) VALUES (1, 5)",
      "INSERT INTO "
          + model.name("Payment")
          + " (id, kind, amount, "
          + model.name("cardNumber")
          + ", holder_id) VALUES (1, 'CARD', 9.99, '4111111111111111', 1)",
      "INSERT INTO " + model.name("Vehicle") + " (id, make) VALUES (1, 'Volvo')",
      "INSERT INTO " + model.name("Car") + " (id, seats, owner_id) VALUES (1, 5, 1)",
      "INSERT INTO " + model.name("Savings") + " (id, owner, rate) VALUES (1, 'Ada', 1.50)",
    };
  }

  /** The rows of {@link #rowsOfEachHierarchy}, read across the hierarchies' tables. */
  private static String rowsRead(ParityModel model) {
    return "SELECT v.make, c.seats, s.owner, p.amount, d.rating FROM "
        + model.name("Vehicle")
        + " v JOIN "
        + model.name("Car")
        + " c ON c.id = v.id JOIN "
        + model.name("Customer")
        + " o ON o.id = c.owner_id JOIN customer_details d ON d.customer_id = o.id JOIN "
        + model.name("Payment")
        + " p ON p.holder_id = o.id JOIN "
        + model.name("Savings")
        + " s ON s.owner = o.name";
  }
}
