package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each diagnostic of the validation stage, reported on the annotation value at fault. */
class ViewDiagnosticsTest {

  @TempDir Path snapshots;

  @Test
  void emptySqlIsAnErrorOnTheSqlAttribute() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/EmptySql.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("@View sql is empty")
        .inFile(source)
        .onLineContaining("sql =");
    assertNothingWritten();
  }

  @Test
  void invalidNameIsAnErrorOnTheNameAttribute() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/InvalidName.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("@View name \"active users\" is not a valid SQL identifier")
        .inFile(source)
        .onLineContaining("name =");
    assertNothingWritten();
  }

  @Test
  void twoClassesWithOneViewNameIsAnErrorNamingTheOtherClass() throws IOException {
    JavaFileObject first = JavaFileObjects.forResource("bad/DuplicateA.java");
    JavaFileObject second = JavaFileObjects.forResource("bad/DuplicateB.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(second, first));

    assertThat(compilation)
        .hadErrorContaining("View \"ACTIVE_USERS\" is also declared by com.example.DuplicateA")
        .inFile(second)
        .onLineContaining("name =");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten();
  }

  @Test
  void anInvalidDerivedNameIsAnErrorOnTheAnnotationAskingForAName() throws IOException {
    String className = "ActiveCustomersWithOrdersInTheLastThirtyDaysGroupedByRegionAndSalesChannel";
    JavaFileObject source = JavaFileObjects.forResource("bad/" + className + ".java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining(
            "The view name derived from com.example."
                + className
                + " (\"active_customers_with_orders_in_the_last_thirty_days_grouped_by_region_and"
                + "_sales_channel\") is not a valid SQL identifier; give one with"
                + " @View(name = \"...\")")
        .inFile(source)
        .onLineContaining("@View");
    assertNothingWritten();
  }

  @Test
  void renamedFromTheViewsOwnNameIsAnErrorOnTheRenamedFromAttribute() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/RenamedFromItself.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining(
            "@View renamedFrom names the view's own name \"ORDER_TOTALS\"; remove it")
        .inFile(source)
        .onLineContaining("renamedFrom =");
    assertNothingWritten();
  }

  @Test
  void twoViewsRenamedFromOneNameIsAnErrorNamingTheOtherClass() throws IOException {
    JavaFileObject first = JavaFileObjects.forResource("bad/RenamedFromTwiceA.java");
    JavaFileObject second = JavaFileObjects.forResource("bad/RenamedFromTwiceB.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(second, first));

    assertThat(compilation)
        .hadErrorContaining(
            "View \"Order_Totals\" is also declared as renamed by com.example.RenamedFromTwiceA;"
                + " one view can take the old name")
        .inFile(second)
        .onLineContaining("renamedFrom =");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten();
  }

  private void assertNothingWritten() throws IOException {
    Assertions.assertSnapshotVersions(snapshots);
  }
}
