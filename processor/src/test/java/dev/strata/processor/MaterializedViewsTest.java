package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @View(materialized = true, indexes = ...)} through three versions, compared byte for byte
 * with the files under {@code src/test/resources/expected/matview-*}: created with its index and a
 * plain view that reads it; its query, {@code withData} and indexes changed (dropped and created
 * again, its reader around it); then plain. A materialized view with a query per database, one of
 * which changes, then an index added alone. And each of their diagnostics, on the annotation at
 * fault.
 */
class MaterializedViewsTest {

  private static final String V1 = "good/matview/v1/";
  private static final String V2 = "good/matview/v2/";
  private static final String V3 = "good/matview/v3/";
  private static final String SHARED_INDEX_NAME = "bad/matview/shared-index-name/";

  @TempDir Path snapshots;

  @Test
  void aMaterializedViewIsCreatedChangedAndMadePlainWithItsIndexesAndItsReader()
      throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);

    Compilation created =
        compiler.compileResources(V1 + "CustomerTotal.java", V1 + "BigCustomer.java");
    assertThat(created).succeeded();
    assertGenerated(created, "V0001_CreateBigCustomersAndCustomerTotals", "matview-create");
    assertSnapshot(1, "matview-create");

    Compilation changed =
        compiler.compileResources(V2 + "CustomerTotal.java", V2 + "BigCustomer.java");
    assertThat(changed).succeeded();
    assertGenerated(changed, "V0002_ReplaceCustomerTotals", "matview-replace");
    assertSnapshot(2, "matview-replace");

    Compilation plain =
        compiler.compileResources(V3 + "CustomerTotal.java", V3 + "BigCustomer.java");
    assertThat(plain).succeeded();
    assertGenerated(plain, "V0003_ReplaceCustomerTotals", "matview-plain");
  }

  @Test
  void aMaterializedViewCarriesItsDialectsAndAnIndexAddedAloneIsCreatedWithoutRebuildingIt()
      throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    String variants = "good/matview-variants/v";

    Compilation created = compiler.compileResources(variants + "1/CustomerTags.java");
    assertThat(created).succeeded();
    assertGenerated(created, "V0001_CreateCustomerTags", "matview-variants");
    assertSnapshot(1, "matview-variants");

    Compilation dialectChanged = compiler.compileResources(variants + "2/CustomerTags.java");
    assertThat(dialectChanged).succeeded();
    assertGenerated(dialectChanged, "V0002_ReplaceCustomerTags", "matview-variants");

    Compilation indexAdded = compiler.compileResources(variants + "3/CustomerTags.java");
    assertThat(indexAdded).succeeded();
    assertGenerated(indexAdded, "V0003_ReplaceCustomerTags", "matview-variants");
  }

  @Test
  void anIndexOnAColumnTheViewLacksIsAnErrorOnThatIndex() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/matview/UnknownIndexColumn.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining(
            "@View.Index names column region, which view customer_totals does not have; its"
                + " columns are customer, total")
        .inFile(source)
        .onLineContaining("\"region\"");
    assertThat(compilation).hadErrorCount(1);
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void anIndexOnAColumnTheQueryNamesQuotedIsAnErrorOnThatIndex() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/matview/QuotedIndexColumn.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining(
            "@View.Index names column Customer of view customer_totals, which its query names as"
                + " a quoted identifier")
        .inFile(source)
        .onLineContaining("\"Customer\", unique = true");
    assertThat(compilation).hadErrorCount(1);
    Assertions.assertSnapshotVersions(snapshots);
  }

  /** H2 runs the query at compile time, and returns the quoted name in the case it keeps. */
  @Test
  void anIndexOnAColumnTheCheckedQueryReturnsQuotedIsAnErrorOnThatIndex() throws IOException {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .compileResources(
                "bad/matview/quoted-on-entity/Sale.java",
                "bad/matview/quoted-on-entity/RegionTotals.java");

    assertThat(compilation)
        .hadErrorContaining(
            "@View.Index names column region of view region_totals, which its query names as a"
                + " quoted identifier");
    assertThat(compilation).hadErrorCount(1);
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void anIndexOnAColumnOneDialectLacksIsAnErrorOnThatIndexNamingTheDatabase() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/matview/DialectLacksIndexColumn.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining(
            "@View.Index names column total, which the postgresql query of view customer_totals"
                + " does not return; its columns are amount, customer")
        .inFile(source)
        .onLineContaining("indexes = @View.Index(");
    assertThat(compilation).hadErrorCount(1);
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void anIndexOnAPlainViewIsAnErrorOnTheIndex() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/matview/IndexOnPlainView.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("@View indexes on view customer_names, which is not materialized")
        .inFile(source)
        .onLineContaining("indexes = @View.Index(");
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void withoutDataOnAPlainViewIsAnErrorOnTheView() throws IOException {
    assertOnlyError(
        "WithoutDataOnPlainView.java",
        "@View withData = false is for a materialized view",
        "withData = false");
  }

  @Test
  void eachPlainViewOptionOnAMaterializedViewIsAnErrorOnItsAttribute() throws IOException {
    JavaFileObject source =
        JavaFileObjects.forResource("bad/matview/OptionsOnMaterializedView.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    for (String attribute : List.of("checkOption", "security", "securityBarrier", "algorithm")) {
      assertThat(compilation)
          .hadErrorContaining(
              "@View "
                  + attribute
                  + " is an option of a plain view, and customer_names is materialized")
          .inFile(source)
          .onLineContaining(attribute + " =");
    }
    assertThat(compilation).hadErrorCount(4);
    Assertions.assertSnapshotVersions(snapshots);
  }

  /**
   * Compiles {@code bad/matview/<file>}: one error, {@code message} on {@code line}, no snapshot.
   */
  private void assertOnlyError(String file, String message, String line) throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/matview/" + file);
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void twoIndexesOfOneNameAreAnErrorOnTheSecond() {
    JavaFileObject source = JavaFileObjects.forResource("bad/matview/TwoIndexesOneName.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("Two indexes of view customer_names are named by_customer")
        .inFile(source)
        .onLineContaining("unique = true");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * sales_by on region and sales on by_region both default to sales_by_region_idx: PostgreSQL and
   * H2 keep index names per schema, so the build refuses what the upgrade would fail on.
   */
  @Test
  void derivedIndexNamesOfTwoViewsThatCoincideAreAnErrorOnTheLaterIndex() throws IOException {
    JavaFileObject salesBy = JavaFileObjects.forResource(SHARED_INDEX_NAME + "SalesByView.java");
    JavaFileObject sales = JavaFileObjects.forResource(SHARED_INDEX_NAME + "SalesView.java");
    // either order: which index is reported must not depend on the order javac hands them over
    for (List<JavaFileObject> sources : List.of(List.of(salesBy, sales), List.of(sales, salesBy))) {
      Compilation compilation = new StrataCompiler(snapshots).compile(sources);

      assertThat(compilation)
          .hadErrorContaining(
              "Index sales_by_region_idx of view sales has the name of index"
                  + " sales_by_region_idx of view sales_by (class com.example.SalesByView)")
          .inFile(sales)
          .onLineContaining("indexes = @View.Index(");
      assertThat(compilation).hadErrorContaining("give this index an explicit name = \"...\"");
      assertThat(compilation).hadErrorCount(1);
      Assertions.assertSnapshotVersions(snapshots);
    }
  }

  @Test
  void anExplicitIndexNameThatAnotherViewsIndexHasIsAnError() {
    JavaFileObject salesBy = JavaFileObjects.forResource(SHARED_INDEX_NAME + "SalesByView.java");
    JavaFileObject totals =
        JavaFileObjects.forResource(SHARED_INDEX_NAME + "CustomerTotalView.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(salesBy, totals));

    // case-insensitive, as unquoted names are folded; reported on the later class
    assertThat(compilation)
        .hadErrorContaining(
            "Index sales_by_region_idx of view sales_by has the name of index SALES_BY_REGION_IDX"
                + " of view customer_totals (class com.example.CustomerTotalView)")
        .inFile(salesBy)
        .onLineContaining("indexes = @View.Index(");
    assertThat(compilation).hadErrorCount(1);
  }

  private static void assertGenerated(Compilation compilation, String simpleName, String step)
      throws IOException {
    JavaFileObject file =
        compilation
            .generatedSourceFile("com.example." + simpleName)
            .orElseThrow(() -> new AssertionError(simpleName));
    GoldenFiles.assertMatches(
        step + "/" + simpleName + ".java", file.getCharContent(false).toString());
  }

  private void assertSnapshot(int version, String step) throws IOException {
    Path file = Assertions.snapshotFile(snapshots, version);
    GoldenFiles.assertMatches(
        step + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
  }
}
