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
 * A String or byte[] column longer than a target database's VARCHAR or VARBINARY, where Hibernate
 * would create a CLOB, TEXT or BLOB instead, is an error on its field, not a CREATE TABLE failing
 * at startup or a type Hibernate's validation refuses.
 */
class ColumnLengthDiagnosticsTest {

  private static final JavaFileObject POST =
      JavaFileObjects.forSourceString(
          "blog.Post",
          """
          package blog;

          import jakarta.persistence.Column;
          import jakarta.persistence.Entity;
          import jakarta.persistence.Id;

          @Entity
          public class Post {
            @Id Long id;
            @Column(length = 20000) String body;
            @Column(length = 70000) byte[] attachment;
          }
          """);

  @TempDir Path snapshots;

  @Test
  void lengthsH2AndPostgreSqlHoldAreRecorded() {
    assertThat(compile("-Astrata.targets=h2,postgresql")).succeeded();
  }

  @Test
  void onMariaDbBothAreErrorsOnTheirFields() {
    Compilation compilation = compile("-Astrata.dialect=mariadb");

    assertThat(compilation)
        .hadErrorContaining(
            "The type of column body of table Post, VARCHAR(20000), is longer than MariaDB takes"
                + " in it as Hibernate writes it (16383)")
        .inFile(POST)
        .onLineContaining("String body;");
    assertThat(compilation)
        .hadErrorContaining("VARBINARY(70000), is longer than MariaDB takes in it")
        .inFile(POST)
        .onLineContaining("byte[] attachment;");
    assertThat(compilation).hadErrorContaining("Give it a @Column(length) of at most 16383");
  }

  private Compilation compile(String option) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .withOption(option)
        .compile(List.of(POST));
  }
}
