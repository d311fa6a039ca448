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
 * A name Strata cannot write unquoted (a quoted one, one with a space, an implicit one from a field
 * with other letters) is an error on the annotation or element that gives it, never an internal
 * error of the build; without {@code -Astrata.tables} a warning, the tables then serving only to
 * check views.
 */
class UnquotedNamesTest {

  @TempDir Path snapshots;

  @Test
  void aColumnQuotedWithBackticksIsAnErrorOnItsAnnotation() {
    JavaFileObject source =
        entity(
            "Ticket",
            "@Id Long id;",
            "@Column(name = \"`order`\") Integer position;",
            "String email;");

    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Strata cannot create the name `order` that @Column(name) gives")
        .inFile(source)
        .onLineContaining("Integer position;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aColumnQuotedAsJpaQuotesIsAnErrorToo() {
    JavaFileObject source =
        entity("Ticket", "@Id Long id;", "@Column(name = \"\\\"Order\\\"\") Integer position;");

    assertThat(compile(source, "-Astrata.tables=true"))
        .hadErrorContaining("the name \"Order\" that @Column(name) gives")
        .inFile(source)
        .onLineContaining("Integer position;");
  }

  @Test
  void aTableNameWithASpaceIsAnErrorOnTheClass() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "shop.Ticket",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "open tickets")
            public class Ticket {
              @Id Long id;
            }
            """);

    assertThat(compile(source, "-Astrata.tables=true"))
        .hadErrorContaining("the name open tickets that @Table(name) gives")
        .inFile(source)
        .onLineContaining("@Table(name");
  }

  @Test
  void aNameNestedInAnotherAnnotationIsReportedOnTheOuterOne() {
    JavaFileObject source =
        entity(
            "Ticket",
            "@Id Long id;",
            "@ElementCollection",
            "@CollectionTable(name = \"ticket_tags\", joinColumns = @JoinColumn(name = \"`ticket`\"))",
            "java.util.Set<String> tags;");

    assertThat(compile(source, "-Astrata.tables=true"))
        .hadErrorContaining("the name `ticket` that @JoinColumn(name) gives")
        .inFile(source)
        .onLineContaining("@CollectionTable(");
  }

  @Test
  void anIndexColumnListIsCheckedNameByName() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "shop.Ticket",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @Table(indexes = @Index(columnList = "email DESC, `title`"))
            public class Ticket {
              @Id Long id;
              String email;
              String title;
            }
            """);

    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("the name `title` that @Index(columnList) gives")
        .inFile(source)
        .onLineContaining("@Table(indexes");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aFieldNameOfOtherLettersIsAnErrorOnTheField() {
    JavaFileObject source = entity("Parcel", "@Id Long id;", "Integer größe;");

    assertThat(compile(source, "-Astrata.tables=true"))
        .hadErrorContaining("the name größe that its field name gives")
        .inFile(source)
        .onLineContaining("Integer größe;");
  }

  @Test
  void aNameInAnEmbeddableIsFound() {
    JavaFileObject address =
        JavaFileObjects.forSourceString(
            "shop.Address",
            """
            package shop;

            import jakarta.persistence.*;

            @Embeddable
            public class Address {
              @Column(name = "`street`") String street;
            }
            """);
    JavaFileObject source = entity("Customer", "@Id Long id;", "@Embedded Address address;");

    assertThat(compile(List.of(source, address), "-Astrata.tables=true"))
        .hadErrorContaining("the name `street` that @Column(name) gives")
        .inFile(address)
        .onLineContaining("String street;");
  }

  @Test
  void withoutTablesItIsAWarningAndTheBuildGoesOn() {
    JavaFileObject source =
        entity("Ticket", "@Id Long id;", "@Column(name = \"`order`\") Integer position;");
    JavaFileObject view =
        JavaFileObjects.forSourceString(
            "shop.TicketIds",
            """
            package shop;

            @dev.strata.View(name = "ticket_ids", sql = "SELECT 1 AS id")
            public class TicketIds {}
            """);

    Compilation compilation = compile(List.of(source, view));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("Strata cannot create the name `order` that @Column(name) gives")
        .inFile(source)
        .onLineContaining("Integer position;");
  }

  private static JavaFileObject entity(String name, String... members) {
    return JavaFileObjects.forSourceString(
        "shop." + name,
        "package shop;\n\nimport jakarta.persistence.*;\n\n@Entity\npublic class "
            + name
            + " {\n  "
            + String.join("\n  ", members)
            + "\n}\n");
  }

  private Compilation compile(JavaFileObject source, String... options) {
    return compile(List.of(source), options);
  }

  private Compilation compile(List<JavaFileObject> sources, String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    for (String option : options) {
      compiler.withOption(option);
    }
    return compiler.compile(sources);
  }
}
