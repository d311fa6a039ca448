package dev.strata.processor;

import static dev.strata.processor.ModelRows.firstRow;
import static dev.strata.processor.ModelRows.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A blog in mappings the shop ({@link SpringShopEvolutionParityTest}) leaves out: a single table of
 * content kinds under a mapped superclass with a version, a record embeddable, an embeddable inside
 * an embeddable, a many-to-many with an order column through a named join table, a self-reference,
 * a map with named key and value columns, a {@code Duration}. Version 2 adds a kind to the single
 * table, renames a kind's column, adds a NOT NULL column with a default, widens one and drops a
 * large object. Hibernate 7.2's export is the oracle at each version, with the rows kept up and
 * down, on each database under each naming.
 */
class BlogEvolutionParityTest {

  private static final String FOLDER = "oracle/blogevolution";

  private static final String PACKAGE = "org.example.blogevolution";

  private static final List<String> SUPPORT =
      List.of("Auditable", "GeoPoint", "SocialLinks", "ContactInfo");

  private static final List<String> ENTITIES =
      List.of("Author", "Content", "Article", "Video", "Tag", "Comment");

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aBlogEvolvesWithItsRows(DatabaseKind kind, boolean spring) throws Exception {
    List<String> later = new ArrayList<>(ENTITIES);
    later.add("Podcast");
    ParityModel blog = new ParityModel(FOLDER, PACKAGE, SUPPORT, ENTITIES, spring);
    ParityModel grown = new ParityModel(FOLDER, PACKAGE, SUPPORT, later, spring);

    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = blog.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(rows(blog));
      try (URLClassLoader second = grown.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        grown.assertHibernatesSchema(second, database);
        assertEquals(
            List.of("60000000000,0,u", "10,t,0", "5,x,3"),
            List.of(
                firstRow(database, blog, "Content", "runningTime", "views", "streamUrl"),
                firstRow(database, blog, "content_tags", "contents_id", "tags_slug", "tags_ORDER"),
                firstRow(database, blog, "comment_reactions", "Comment_id", "emoji", "total")));

        strata.downgrade(1);
        blog.assertHibernatesSchema(first, database);
        assertEquals("60000000000", firstRow(database, blog, "Content", "length"));
      }
    }
  }

  private static String[] rows(ParityModel blog) {
    return new String[] {
      insert(blog, "Author", "id", "name", "email", "mastodon", "lat", "lon")
          + " VALUES (1, 'A', 'e', 'm', 1.5, 2.5)",
      insert(
              blog,
              "Content",
              "id",
              "kind",
              "title",
              "author_id",
              "streamUrl",
              "length",
              "wordCount")
          + " VALUES (10, 'video', 'V', 1, 'u', 60000000000, 0)",
      insert(blog, "Tag", "slug", "label") + " VALUES ('t', 'T')",
      insert(blog, "content_tags", "contents_id", "tags_slug", "tags_ORDER")
          + " VALUES (10, 't', 0)",
      insert(blog, "Comment", "id", "content_id", "text") + " VALUES (5, 10, 'hi')",
      insert(blog, "comment_reactions", "Comment_id", "emoji", "total") + " VALUES (5, 'x', 3)"
    };
  }
}
