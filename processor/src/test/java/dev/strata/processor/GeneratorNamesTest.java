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
 * The name of a key generator's sequence or table that a database refuses, or that Strata cannot
 * write unquoted, is an error on the {@code @SequenceGenerator}, {@code @TableGenerator} or
 * {@code @GeneratedValue(generator)} that gives it, on the class or field or in {@code
 * package-info.java}: before, a reserved one was reported on the entity's class, and an unwritable
 * one that a generator's {@code name} or a package's generator gave was an internal error.
 */
class GeneratorNamesTest {

  @TempDir Path snapshots;

  @Test
  void aReservedSequenceNameIsAnErrorOnItsSequenceGenerator() {
    JavaFileObject source =
        annotatedEntity(
            "Invoice",
            "@SequenceGenerator(name = \"invoices\",\n    sequenceName = \"user\")",
            "@Id @GeneratedValue(generator = \"invoices\") Long id;");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("The name of sequence user is a reserved word of H2")
        .inFile(source)
        .onLineContaining("sequenceName = \"user\"");
    assertThat(compilation)
        .hadErrorContaining("Name it otherwise with @SequenceGenerator(sequenceName = \"...\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aReservedSequenceNameInPackageInfoIsAnErrorThere() {
    JavaFileObject generators =
        JavaFileObjects.forSourceString(
            "shop.package-info",
            """
            @SequenceGenerator(name = "invoices", sequenceName = "year")
            package shop;

            import jakarta.persistence.SequenceGenerator;
            """);
    JavaFileObject source =
        entity("Invoice", "@Id @GeneratedValue(generator = \"invoices\") Long id;");

    Compilation compilation = compile(List.of(generators, source));

    assertThat(compilation)
        .hadErrorContaining("The name of sequence year is a reserved word of H2")
        .inFile(generators)
        .onLineContaining("sequenceName = \"year\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Without a sequenceName, the generator's name names the sequence. */
  @Test
  void aGeneratorsNameThatNamesAReservedSequenceIsAnErrorOnTheName() {
    JavaFileObject source =
        entity(
            "Invoice",
            "@Id @GeneratedValue(generator = \"value\")",
            "@SequenceGenerator(name = \"value\")",
            "Long id;");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("The name of sequence value is a reserved word of H2")
        .inFile(source)
        .onLineContaining("@SequenceGenerator(name = \"value\")");
    assertThat(compilation)
        .hadErrorContaining("Name it otherwise with @SequenceGenerator(sequenceName = \"...\")");
  }

  @Test
  void aReservedGeneratorTableAndColumnAreErrorsOnTheTableGenerator() {
    JavaFileObject source =
        entity(
            "Invoice",
            "@Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"keys\")",
            "@TableGenerator(name = \"keys\", table = \"user\",",
            "    valueColumnName = \"value\")",
            "Long id;");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("The name of table user is a reserved word of H2")
        .inFile(source)
        .onLineContaining("table = \"user\"");
    assertThat(compilation)
        .hadErrorContaining("Name it otherwise with @TableGenerator(table = \"...\")");
    assertThat(compilation)
        .hadErrorContaining("The name of column value of table user is a reserved word of H2")
        .inFile(source)
        .onLineContaining("valueColumnName = \"value\"");
    assertThat(compilation)
        .hadErrorContaining("Name it otherwise with @TableGenerator(valueColumnName = \"...\")");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aGeneratorNameNoGeneratorDeclaresThatIsReservedIsAnErrorOnTheGeneratedValue() {
    JavaFileObject source =
        entity("Invoice", "@Id", "@GeneratedValue(generator = \"order\")", "Long id;");

    Compilation compilation = compile(source, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining("The name of sequence order is a reserved word of PostgreSQL")
        .inFile(source)
        .onLineContaining("@GeneratedValue(generator = \"order\")");
  }

  @Test
  void anUnwritableGeneratorNameIsAnErrorOnTheGeneratorNotAnInternalError() {
    JavaFileObject source =
        entity(
            "Invoice",
            "@Id @GeneratedValue(generator = \"invoice-numbers\")",
            "@SequenceGenerator(name = \"invoice-numbers\")",
            "Long id;");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "Strata cannot create the name invoice-numbers that @SequenceGenerator(name), which"
                + " names the sequence when sequenceName does not, gives")
        .inFile(source)
        .onLineContaining("@SequenceGenerator(name = \"invoice-numbers\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anUnwritableNameOfAGeneratedValueOrAPackagesGeneratorIsAnErrorOnIt() {
    JavaFileObject generators =
        JavaFileObjects.forSourceString(
            "shop.package-info",
            """
            @TableGenerator(name = "tallies", table = "tally keys")
            package shop;

            import jakarta.persistence.TableGenerator;
            """);
    JavaFileObject tally =
        entity(
            "Tally",
            "@Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"tallies\")",
            "Long id;");
    JavaFileObject invoice =
        entity("Invoice", "@Id", "@GeneratedValue(generator = \"invoice-numbers\")", "Long id;");

    Compilation compilation = compile(List.of(generators, tally, invoice));

    assertThat(compilation)
        .hadErrorContaining("Strata cannot create the name tally keys that @TableGenerator(table)")
        .inFile(generators)
        .onLineContaining("@TableGenerator(");
    assertThat(compilation)
        .hadErrorContaining(
            "Strata cannot create the name invoice-numbers that @GeneratedValue(generator) gives")
        .inFile(invoice)
        .onLineContaining("@GeneratedValue(generator");
    assertThat(compilation).hadErrorCount(2);
  }

  /** Before, these were errors on the class or the key field, with the JPA attribute to change. */
  @Test
  void aReservedNameThatAGenericGeneratorsParameterGivesIsAnErrorOnThatParameter() {
    JavaFileObject invoice =
        entity(
            "Invoice",
            "@Id @GeneratedValue(generator = \"invoices\")",
            "@org.hibernate.annotations.GenericGenerator(name = \"invoices\", strategy ="
                + " \"sequence\",",
            "    parameters = @org.hibernate.annotations.Parameter(",
            "        name = \"sequence_name\", value = \"user\"))",
            "Long id;");
    JavaFileObject tally =
        annotatedEntity(
            "Tally",
            "@org.hibernate.annotations.GenericGenerator(name = \"tallies\", strategy = \"table\","
                + " parameters = {\n"
                + "    @org.hibernate.annotations.Parameter(name = \"table_name\", value ="
                + " \"tally_keys\"),\n"
                + "    @org.hibernate.annotations.Parameter(\n"
                + "        name = \"value_column_name\", value = \"value\")})",
            "@Id @GeneratedValue(generator = \"tallies\") Long id;");
    JavaFileObject receipt =
        entity(
            "Receipt",
            "@Id @GeneratedValue(generator = \"year\")",
            "@org.hibernate.annotations.GenericGenerator(name = \"year\", strategy = \"sequence\")",
            "Long id;");

    Compilation compilation = compile(List.of(invoice, tally, receipt));

    assertThat(compilation)
        .hadErrorContaining("The name of sequence user is a reserved word of H2")
        .inFile(invoice)
        .onLineContaining("name = \"sequence_name\", value = \"user\"");
    assertThat(compilation)
        .hadErrorContaining(
            "Name it otherwise with @Parameter(name = \"sequence_name\", value = \"...\")");
    assertThat(compilation)
        .hadErrorContaining("The name of column value of table tally_keys is a reserved word of H2")
        .inFile(tally)
        .onLineContaining("name = \"value_column_name\", value = \"value\"");
    // the generator's own name names the sequence where no parameter does
    assertThat(compilation)
        .hadErrorContaining("The name of sequence year is a reserved word of H2")
        .inFile(receipt)
        .onLineContaining("GenericGenerator(name = \"year\"");
    assertThat(compilation).hadErrorCount(3);
  }

  private static JavaFileObject entity(String name, String... members) {
    return annotatedEntity(name, "", members);
  }

  private static JavaFileObject annotatedEntity(
      String name, String annotations, String... members) {
    return JavaFileObjects.forSourceString(
        "shop." + name,
        "package shop;\n\nimport jakarta.persistence.*;\n\n@Entity\n"
            + annotations
            + "\npublic class "
            + name
            + " {\n  "
            + String.join("\n  ", members)
            + "\n}\n");
  }

  private Compilation compile(JavaFileObject source, String... options) {
    return compile(List.of(source), options);
  }

  private Compilation compile(List<JavaFileObject> sources, String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots).withOption("-Astrata.tables=true");
    for (String option : options) {
      compiler.withOption(option);
    }
    return compiler.compile(sources);
  }
}
