package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and non-query SQL from issue 11 fails the build on each view's {@code sql =} line, saying
 * which check failed, with every broken view reported in one compilation; and a query that crashed
 * JSqlParser's table finder compiles.
 */
class BrokenSqlDiagnosticsTest {

  @TempDir Path snapshots;

  @Test
  void everyBrokenViewIsAnErrorOnItsOwnSqlLineAndNoneHidesAnother() throws IOException {
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put("CutOffWhere", "it is cut off: nothing follows WHERE at the end");
    checks.put("Unbalanced", "its brackets do not balance: a ( is never closed");
    checks.put("EmptySelectList", "its select list is empty");
    checks.put("SelectInto", "SELECT ... INTO writes the rows");
    checks.put(
        "CteThenCreate", "it is not a query: CREATE starts a statement that changes the database");
    checks.put(
        "BracketedDelete",
        "it is not a query: DELETE starts a statement that changes the database");
    checks.put(
        "UnionDelete", "it is not a query: DELETE starts a statement that changes the database");
    checks.put(
        "DeletingCte", "it is not a query: DELETE starts a statement that changes the database");
    Map<String, JavaFileObject> sources = new LinkedHashMap<>();
    checks
        .keySet()
        .forEach(
            name -> sources.put(name, JavaFileObjects.forResource("bad/sql/" + name + ".java")));

    Compilation compilation = new StrataCompiler(snapshots).compile(List.copyOf(sources.values()));

    assertThat(compilation).failed();
    checks.forEach(
        (name, check) ->
            assertThat(compilation)
                .hadErrorContaining("@View sql cannot define a view: " + check)
                .inFile(sources.get(name))
                .onLineContaining("sql ="));
    assertThat(compilation).hadErrorCount(checks.size());
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void aWindowFrameWithoutBetweenCompiles() {
    JavaFileObject source = JavaFileObjects.forResource("good/window/RunningTotal.java");

    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.V0001_CreateRunningTotals");
  }
}
