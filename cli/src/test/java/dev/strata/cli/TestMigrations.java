package dev.strata.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Class folders for {@code --migrations}, compiled once per JVM from {@code @View} sources by the
 * real annotation processor, as a user's build would make them.
 */
final class TestMigrations {

  /** The table every test view reads; the views are managed by Strata, the table is not. */
  static final String ITEMS_TABLE =
      "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50), price INT)";

  private static final Path ROOT = Path.of("target", "cli-test-migrations");

  private static final String ITEM_NAME =
      """
      package shop;

      @dev.strata.View(name = "item_names", sql = "SELECT id, name FROM items",
          externalTables = "items")
      public class ItemName {}
      """;

  private static final String EXPENSIVE_ITEM =
      """
      package shop;

      @dev.strata.View(name = "expensive_items",
          sql = "SELECT id, name, price FROM items WHERE price > 10", externalTables = "items")
      public class ExpensiveItem {}
      """;

  private static final String ITEM_COUNT =
      """
      package reports;

      @dev.strata.View(name = "item_count", sql = "SELECT COUNT(*) AS items FROM items",
          externalTables = "items")
      public class ItemCount {}
      """;

  /**
   * Migrations of a module whose tables Strata manages, as the processor writes them with {@code
   * -Astrata.tables=true}: version 1 creates table {@code notes}, version 2 adds its column {@code
   * author}, version 3 creates view {@code note_ids}. Written out here, since the test class path
   * has no JPA to compile entities against.
   */
  private static final String NOTES_SOURCE =
      """
      package notes;

      import dev.strata.runtime.Column;
      import dev.strata.runtime.Migration;
      import dev.strata.runtime.MigrationDescriptor;
      import dev.strata.runtime.MigrationSource;
      import dev.strata.runtime.Operations;
      import dev.strata.runtime.Table;
      import java.util.List;

      public final class NotesMigrations implements MigrationSource {
        private static final List<MigrationDescriptor> ALL = List.of(
            new MigrationDescriptor(1, "Create table notes", "c1"),
            new MigrationDescriptor(2, "Add column author of table notes", "c2"),
            new MigrationDescriptor(3, "Create note_ids", "c3"));

        public String set() { return "main"; }

        public List<MigrationDescriptor> migrations() { return ALL; }

        public Migration load(int version) {
          MigrationDescriptor descriptor = ALL.get(version - 1);
          return new Migration() {
            public int version() { return version; }
            public String description() { return descriptor.description(); }
            public String checksum() { return descriptor.checksum(); }
            public void upgrade(Operations ops) {
              switch (version) {
                case 1 -> ops.createTable(new Table("notes",
                    List.of(new Column("id", "INT", false, false), Column.of("body", "VARCHAR(100)")),
                    List.of("id")));
                case 2 -> ops.addColumn("notes", Column.of("author", "VARCHAR(50)"));
                default -> ops.createView("note_ids", "SELECT id FROM notes");
              }
            }
            public void downgrade(Operations ops) {
              switch (version) {
                case 1 -> ops.dropTable("notes");
                case 2 -> ops.dropColumn("notes", "author");
                default -> ops.dropView("note_ids");
              }
            }
          };
        }
      }
      """;

  /**
   * Migrations that create table {@code memos} (version 1) and widen its column {@code body}
   * (version 2), as the processor writes them when an entity's {@code @Column(length)} grows.
   */
  private static final String MEMOS_SOURCE =
      """
      package memos;

      import dev.strata.runtime.Column;
      import dev.strata.runtime.Migration;
      import dev.strata.runtime.MigrationDescriptor;
      import dev.strata.runtime.MigrationSource;
      import dev.strata.runtime.Operations;
      import dev.strata.runtime.Table;
      import java.util.List;

      public final class MemosMigrations implements MigrationSource {
        private static final List<MigrationDescriptor> ALL = List.of(
            new MigrationDescriptor(1, "Create table memos", "m1"),
            new MigrationDescriptor(2, "Alter table memos", "m2"));

        public String set() { return "main"; }

        public List<MigrationDescriptor> migrations() { return ALL; }

        public Migration load(int version) {
          MigrationDescriptor descriptor = ALL.get(version - 1);
          return new Migration() {
            public int version() { return version; }
            public String description() { return descriptor.description(); }
            public String checksum() { return descriptor.checksum(); }
            public void upgrade(Operations ops) {
              if (version == 1) {
                ops.createTable(new Table("memos",
                    List.of(new Column("id", "INT", false, false), Column.of("body", "VARCHAR(100)")),
                    List.of("id")));
              } else {
                ops.alterColumn("memos", Column.of("body", "VARCHAR(200)"));
              }
            }
            public void downgrade(Operations ops) {
              if (version == 1) {
                ops.dropTable("memos");
              } else {
                ops.alterColumn("memos", Column.of("body", "VARCHAR(100)"));
              }
            }
          };
        }
      }
      """;

  /**
   * Migrations that create tables {@code owners} and {@code pets} with an index on the foreign key
   * column {@code owner_id} (version 1, the index before the key, as the processor orders them),
   * then drop the index and keep the key (version 2), as when an entity's {@code @Index} on a
   * {@code @ManyToOne} column goes.
   */
  private static final String PETS_SOURCE =
      """
      package pets;

      import dev.strata.runtime.Column;
      import dev.strata.runtime.ForeignKey;
      import dev.strata.runtime.Index;
      import dev.strata.runtime.Migration;
      import dev.strata.runtime.MigrationDescriptor;
      import dev.strata.runtime.MigrationSource;
      import dev.strata.runtime.Operations;
      import dev.strata.runtime.Table;
      import java.util.List;

      public final class PetsMigrations implements MigrationSource {
        private static final List<MigrationDescriptor> ALL = List.of(
            new MigrationDescriptor(1, "Create table owners and table pets", "p1"),
            new MigrationDescriptor(2, "Alter table pets", "p2"));
        private static final Index BY_OWNER = new Index("pets_owner_idx", List.of("owner_id"), false);

        public String set() { return "main"; }

        public List<MigrationDescriptor> migrations() { return ALL; }

        public Migration load(int version) {
          MigrationDescriptor descriptor = ALL.get(version - 1);
          return new Migration() {
            public int version() { return version; }
            public String description() { return descriptor.description(); }
            public String checksum() { return descriptor.checksum(); }
            public void upgrade(Operations ops) {
              if (version == 1) {
                ops.createTable(new Table("owners",
                    List.of(new Column("id", "INT", false, false)), List.of("id")));
                ops.createTable(new Table("pets",
                    List.of(new Column("id", "INT", false, false), Column.of("owner_id", "INT")),
                    List.of("id")));
                ops.createIndex("pets", BY_OWNER);
                ops.addForeignKey("pets", new ForeignKey(
                    "pets_owner_id_fkey", List.of("owner_id"), "owners", List.of("id")));
              } else {
                ops.dropIndex("pets", "pets_owner_idx");
              }
            }
            public void downgrade(Operations ops) {
              if (version == 1) {
                ops.dropTable("pets");
                ops.dropTable("owners");
              } else {
                ops.createIndex("pets", BY_OWNER);
              }
            }
          };
        }
      }
      """;

  private static final String ITEM_TOTAL =
      """
      package totals;

      @dev.strata.View(name = "item_totals", materialized = true,
          sql = "SELECT name, SUM(price) AS total FROM items GROUP BY name",
          externalTables = "items",
          indexes = @dev.strata.View.Index(columns = "name", unique = true))
      public class ItemTotal {}
      """;

  private static final String PRICEY_NAME =
      """
      package totals;

      @dev.strata.View(name = "pricey_names", sql = "SELECT name FROM item_totals WHERE total > 10")
      public class PriceyName {}
      """;

  // unicode escapes: javac reads them in any platform encoding
  private static final String LABEL =
      """
      package labels;

      @dev.strata.View(name = "labels",
          sql = "SELECT id, 'caf\\u00e9 \\u2615 \\ud83d\\ude00' AS label FROM items",
          externalTables = "items")
      public class Label {}
      """;

  private static Path shop;
  private static Path totals;
  private static Path shopRelease1;
  private static Path reporting;
  private static Path notes;
  private static Path labels;
  private static Path memos;
  private static Path pets;

  private TestMigrations() {}

  /** Set {@code main}: version 1 creates {@code item_names}, version 2 {@code expensive_items}. */
  static synchronized Path shop() {
    if (shop == null) {
      Path module = fresh("shop");
      compile(module, Map.of("ItemName", ITEM_NAME), "main");
      compile(module, Map.of("ItemName", ITEM_NAME, "ExpensiveItem", EXPENSIVE_ITEM), "main");
      shop = module.resolve("classes");
    }
    return shop;
  }

  /**
   * Set {@code main}: version 1 creates materialized view {@code item_totals}, with a unique index,
   * and plain view {@code pricey_names} on it.
   */
  static synchronized Path totals() {
    if (totals == null) {
      Path module = fresh("totals");
      compile(module, Map.of("ItemTotal", ITEM_TOTAL, "PriceyName", PRICEY_NAME), "main");
      totals = module.resolve("classes");
    }
    return totals;
  }

  /**
   * The older build of {@link #shop()}: set {@code main} at version 1 only, compiled from the same
   * first source, so that its version 1 is the shop's and version 2 is unknown to it.
   */
  static synchronized Path shopRelease1() {
    if (shopRelease1 == null) {
      Path module = fresh("shop-release-1");
      compile(module, Map.of("ItemName", ITEM_NAME), "main");
      shopRelease1 = module.resolve("classes");
    }
    return shopRelease1;
  }

  /**
   * Set {@code main}: version 1 creates {@code labels}, whose query holds a letter of Latin-1
   * ({@code é}), one of three bytes in UTF-8 ({@code ☕}) and one of four ({@code 😀}).
   */
  static synchronized Path labels() {
    if (labels == null) {
      Path module = fresh("labels");
      compile(module, Map.of("Label", LABEL), "main");
      labels = module.resolve("classes");
    }
    return labels;
  }

  /** Set {@code reporting}: version 1 creates {@code item_count}. */
  static synchronized Path reporting() {
    if (reporting == null) {
      Path module = fresh("reporting");
      compile(module, Map.of("ItemCount", ITEM_COUNT), "reporting");
      reporting = module.resolve("classes");
    }
    return reporting;
  }

  /** Set {@code main} of {@link #NOTES_SOURCE}: a table, a column added to it, a view on it. */
  static synchronized Path notes() {
    if (notes == null) {
      notes = handWritten("notes", "notes.NotesMigrations", NOTES_SOURCE);
    }
    return notes;
  }

  /** Set {@code main} of {@link #MEMOS_SOURCE}: a table, then its column widened. */
  static synchronized Path memos() {
    if (memos == null) {
      memos = handWritten("memos", "memos.MemosMigrations", MEMOS_SOURCE);
    }
    return memos;
  }

  /** Set {@code main} of {@link #PETS_SOURCE}: an index on a foreign key's column, then not. */
  static synchronized Path pets() {
    if (pets == null) {
      pets = handWritten("pets", "pets.PetsMigrations", PETS_SOURCE);
    }
    return pets;
  }

  /** The class folder of a hand-written {@code MigrationSource}, registered as a service. */
  private static Path handWritten(String name, String className, String source) {
    try {
      Path module = fresh(name);
      Path file = module.resolve("src").resolve(className.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
      Path classes = module.resolve("classes");
      Path services = classes.resolve("META-INF").resolve("services");
      Files.createDirectories(services);
      Files.writeString(services.resolve("dev.strata.runtime.MigrationSource"), className + "\n");
      javac(
          List.of(file),
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              System.getProperty("java.class.path"),
              "-proc:none"));
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One build of a module: the sources as they are now, against its snapshot history. */
  private static void compile(Path module, Map<String, String> sources, String set) {
    try {
      Path sourceFolder = module.resolve("src");
      deleteRecursively(sourceFolder);
      List<Path> files = new ArrayList<>();
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = sourceFolder.resolve(source.getKey() + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        files.add(file);
      }
      Files.createDirectories(module.resolve("classes"));
      List<String> options =
          List.of(
              "-d",
              module.resolve("classes").toString(),
              "-classpath",
              System.getProperty("java.class.path"),
              "-processor",
              "dev.strata.processor.StrataProcessor",
              "-Astrata.snapshots=" + module.resolve("snapshots").toAbsolutePath(),
              "-Astrata.set=" + set);
      javac(files, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void javac(List<Path> sources, List<String> options) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      StringWriter output = new StringWriter();
      boolean compiled =
          compiler
              .getTask(
                  output,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      if (!compiled) {
        throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics() + output);
      }
    }
  }

  private static Path fresh(String name) {
    try {
      Path module = ROOT.resolve(name);
      deleteRecursively(module);
      Files.createDirectories(module);
      return module;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
