package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
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

/**
 * An auto-applied converter compiled in another module (a jar on the class path) decides the column
 * type as Hibernate applies it, found in the package of the type it converts; a library type with
 * neither a basic mapping nor a converter Strata can find is an error on the field naming the ways
 * out, never a column left out.
 */
class ClasspathConverterParityTest {

  @TempDir Path librarySnapshots;
  @TempDir Path library;
  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void converterOfAnotherModuleGivesTheColumnHibernatesType(DatabaseKind kind) throws Exception {
    compileLibrary();
    CompiledHistory history =
        new CompiledHistory(snapshots, classes, "-Astrata.tables=true").withClassesIn(library);
    history.compileResources(1, "oracle/classpath/v1/Wallet.java");
    try (URLClassLoader loader = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
      HibernateParity.assertHibernatesSchema(
          new HibernateOracle(
              List.of(
                  loader.loadClass("org.example.wallet.Wallet"),
                  loader.loadClass("org.example.columns.MoneyConverter")),
              loader,
              false),
          strata);
    }
  }

  @Test
  void libraryTypeWithoutConverterIsAnErrorOnTheField() throws Exception {
    compileLibrary();
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withClassesIn(library)
            .withOption("-Astrata.tables=true")
            .compileResources("oracle/classpath/v1/Banner.java");

    assertThat(compilation)
        .hadErrorContaining(
            "Strata cannot tell which column type Hibernate gives field flag"
                + " (org.example.money.Flag); if an AttributeConverter maps it, name it on the"
                + " field with @Convert(converter = ...)")
        .inFile(JavaFileObjects.forResource("oracle/classpath/v1/Banner.java"))
        .onLineContaining("private Flag flag");
  }

  /**
   * Money and its auto-applied converter (the columns model's), and Flag, compiled apart, as
   * another module's jar would hold them.
   */
  private void compileLibrary() throws Exception {
    new CompiledHistory(librarySnapshots, library)
        .compileResources(
            0,
            "oracle/columns/v1/Money.java",
            "oracle/columns/v1/MoneyConverter.java",
            "oracle/classpath/lib/Flag.java")
        .load()
        .close();
  }
}
