package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comment MySQL or MariaDB would refuse or keep as another text is a compile error on its field
 * or class when the module runs on either, instead of a migration failing at startup: one longer
 * than they keep, or one holding a backslash, which the session's {@code sql_mode} reads either
 * way.
 */
class CommentLimitsTest {

  private static final JavaFileObject SHELF =
      JavaFileObjects.forSourceString(
          "shop.Shelf",
          """
          package shop;

          import jakarta.persistence.Column;
          import jakarta.persistence.Entity;
          import jakarta.persistence.Id;
          import jakarta.persistence.Table;
          import org.hibernate.annotations.Comment;

          @Entity
          @Table(comment = "kept in C:\\\\shelves")
          public class Shelf {
            @Id Long id;
            @Column(comment = "%s") String label;
            @Comment("fine") String code;
          }
          """
              .formatted("x".repeat(1025)));

  /**
   * Columns of one name in the entity's table and in a collection, join or secondary table, the
   * latter's comments too long for MariaDB.
   */
  private static final JavaFileObject BIN =
      JavaFileObjects.forSourceString(
          "shop.Bin",
          """
          package shop;

          import jakarta.persistence.Column;
          import jakarta.persistence.ElementCollection;
          import jakarta.persistence.Entity;
          import jakarta.persistence.Id;
          import jakarta.persistence.JoinTable;
          import jakarta.persistence.ManyToMany;
          import jakarta.persistence.SecondaryTable;
          import java.util.Set;

          @Entity
          @SecondaryTable(name = "bin_extras")
          public class Bin {
            @Id Long id;
            @Column(comment = "fine") String label;
            String note;
            @ElementCollection
            @Column(name = "label", comment = "%1$s")
            Set<String> labels;
            @Column(name = "note", table = "bin_extras", comment = "%1$s")
            String extraNote;
            @ManyToMany
            @JoinTable(name = "bin_links", comment = "%2$s")
            Set<Bin> linked;
          }
          """
              .formatted("x".repeat(1025), "y".repeat(2049)));

  @TempDir Path snapshots;

  @Test
  void aBackslashAndAnOverlongColumnCommentAreErrorsWhereTheModuleRunsOnMariaDb() {
    Compilation compilation = compile("-Astrata.targets=postgresql,mariadb");

    assertThat(compilation)
        .hadErrorContaining("The comment of table Shelf holds a backslash")
        .inFile(SHELF)
        .onLineContaining("public class Shelf");
    assertThat(compilation)
        .hadErrorContaining(
            "The comment of column label of table Shelf is 1025 characters long, and MySQL and"
                + " MariaDB keep at most 1024: shorten it")
        .inFile(SHELF)
        .onLineContaining("String label;");
    assertThat(compilation).hadErrorCount(2);
  }

  /**
   * Before, the error went to the first field with a column of that name, whatever its table: label
   * and note, which are fine.
   */
  @Test
  void anOverlongCommentOfAnotherTablesColumnIsAnErrorOnTheFieldThatMapsIt() {
    Compilation compilation = compile(List.of(BIN), "-Astrata.targets=mariadb");

    assertThat(compilation)
        .hadErrorContaining("The comment of column label of table Bin_labels is 1025 characters")
        .inFile(BIN)
        .onLineContaining("Set<String> labels;");
    assertThat(compilation)
        .hadErrorContaining("The comment of column note of table bin_extras is 1025 characters")
        .inFile(BIN)
        .onLineContaining("String extraNote;");
    assertThat(compilation)
        .hadErrorContaining("The comment of table bin_links is 2049 characters")
        .inFile(BIN)
        .onLineContaining("Set<Bin> linked;");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void theSameCommentsAreKeptWhereTheModuleRunsElsewhere() {
    assertThat(compile("-Astrata.targets=postgresql,h2")).succeeded();
  }

  private Compilation compile(String... options) {
    return compile(List.of(SHELF), options);
  }

  private Compilation compile(List<JavaFileObject> sources, String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots).withOption("-Astrata.tables=true");
    for (String option : options) {
      compiler.withOption(option);
    }
    return compiler.compile(sources);
  }
}
