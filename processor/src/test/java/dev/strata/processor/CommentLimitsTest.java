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

  @Test
  void theSameCommentsAreKeptWhereTheModuleRunsElsewhere() {
    assertThat(compile("-Astrata.targets=postgresql,h2")).succeeded();
  }

  private Compilation compile(String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots).withOption("-Astrata.tables=true");
    for (String option : options) {
      compiler.withOption(option);
    }
    return compiler.compile(List.of(SHELF));
  }
}
