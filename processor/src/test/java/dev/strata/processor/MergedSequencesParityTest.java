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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sequences merged into one that the entities share, and back: the sequence a version creates for
 * tables that have rows starts after the keys of every one of them, so the keys Hibernate gives
 * next are new in each table, after the upgrade and after the downgrade, and Hibernate validates
 * the schema at each version. Hibernate's pooled optimizer takes a value {@code v} for the keys
 * {@code v - 49} to {@code v}, and each of its sessions here takes a block of its own.
 */
class MergedSequencesParityTest {

  private static final ParityModel OWN_SEQUENCES =
      new ParityModel(
          "oracle/mergedsequences",
          "org.example.mergedsequences",
          List.of(),
          List.of("Author", "Book"),
          false);

  private static final ParityModel SHARED_SEQUENCE =
      new ParityModel(
          "oracle/mergedsequences",
          "org.example.mergedsequences",
          List.of("package-info"),
          List.of("Author", "Book"),
          false);

  private static final ParityModel JOINED_SEQUENCE =
      new ParityModel(
          "oracle/joinedsequence",
          "org.example.joinedsequence",
          List.of("package-info"),
          List.of("Alpha", "Ticket"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aSequenceMergedFromOthersStartsAfterEveryTablesKeysAndBack(DatabaseKind kind)
      throws Exception {
    try (URLClassLoader first = OWN_SEQUENCES.load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO Author (id) VALUES (1)",
          "INSERT INTO Author (id) VALUES (70)",
          "INSERT INTO Book (id) VALUES (1)",
          "INSERT INTO Book (id) VALUES (160)");

      try (URLClassLoader second = SHARED_SEQUENCE.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        SHARED_SEQUENCE.assertHibernatesSchema(second, database);
        // catalog_ids past Book's 160: 210, a block of 161 to 210, then 211 to 260
        assertEquals(List.of(161L, 211L), persistAuthorAndBook(second, database));

        strata.downgrade(1);
        OWN_SEQUENCES.assertHibernatesSchema(first, database);
        // Author_SEQ past 161: 211, a block from 162; Book_SEQ past 211: 261, a block from 212
        assertEquals(List.of(162L, 212L), persistAuthorAndBook(first, database));
      }
    }
  }

  /**
   * Ticket leaves Ticket_SEQ for the sequence Alpha already shares, which its snapshot records on
   * Alpha's table only.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aTableThatJoinsASharedSequenceHasItStartAfterItsKeysAndBack(DatabaseKind kind)
      throws Exception {
    try (URLClassLoader first = JOINED_SEQUENCE.load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO Alpha (id) VALUES (1)",
          "INSERT INTO Ticket (id) VALUES (1)",
          "INSERT INTO Ticket (id) VALUES (500)");

      try (URLClassLoader second = JOINED_SEQUENCE.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        JOINED_SEQUENCE.assertHibernatesSchema(second, database);
        // shared_numbers past Ticket's 500: 550, a block of 501 to 550
        assertEquals(501L, persistNew(second, database, "org.example.joinedsequence.Ticket"));

        strata.downgrade(1);
        JOINED_SEQUENCE.assertHibernatesSchema(first, database);
        // Ticket_SEQ past 501: 551, a block from 502
        assertEquals(502L, persistNew(first, database, "org.example.joinedsequence.Ticket"));
      }
    }
  }

  private static long persistNew(ClassLoader loader, TestDatabase database, String entity)
      throws Exception {
    Class<?> type = loader.loadClass(entity);
    return ((Number)
            new HibernateOracle(List.of(type), loader, false)
                .persistNew(database.dataSource(), type))
        .longValue();
  }

  /** The keys Hibernate gives a new author and then a new book, each in a session of its own. */
  private static List<Long> persistAuthorAndBook(ClassLoader loader, TestDatabase database)
      throws Exception {
    Class<?> author = loader.loadClass("org.example.mergedsequences.Author");
    Class<?> book = loader.loadClass("org.example.mergedsequences.Book");
    HibernateOracle hibernate = new HibernateOracle(List.of(author, book), loader, false);
    return List.of(
        ((Number) hibernate.persistNew(database.dataSource(), author)).longValue(),
        ((Number) hibernate.persistNew(database.dataSource(), book)).longValue());
  }
}
