package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view that a database the module runs on takes for a keyword is a compile error on its name,
 * instead of a {@code CREATE VIEW} failing at startup (MariaDB refuses {@code CREATE VIEW rows},
 * which H2 and PostgreSQL take) or an H2 syntax error that blames the query: the databases are
 * those of {@code -Astrata.dialect} and {@code -Astrata.targets}, H2 by default, as for tables.
 */
class ReservedViewNamesTest {

  @TempDir Path snapshots;

  @Test
  void aViewNamedByAKeywordOfATargetIsAnErrorOnItsName() {
    JavaFileObject rows = view("Rows", "rows");

    Compilation compilation = compile(rows, "-Astrata.targets=postgresql,mariadb");

    assertThat(compilation)
        .hadErrorContaining("The name of view rows is a reserved word of MariaDB")
        .inFile(rows)
        .onLineContaining("name = \"rows\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aViewNamedByAKeywordOfH2IsAnErrorOnItsNameByDefault() {
    JavaFileObject user = view("User", "user");

    Compilation compilation = compile(user);

    assertThat(compilation)
        .hadErrorContaining("The name of view user is a reserved word of H2")
        .inFile(user)
        .onLineContaining("name = \"user\"");
    assertThat(compilation).hadErrorContaining("Name it otherwise with @View(name = \"...\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aWordNoTargetReservesIsAViewName() {
    // rows is a keyword of MariaDB only
    Compilation compilation = compile(view("Rows", "rows"), "-Astrata.targets=postgresql");

    assertThat(compilation).succeeded();
  }

  private Compilation compile(JavaFileObject source, String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    List.of(options).forEach(compiler::withOption);
    List<JavaFileObject> sources = new ArrayList<>(List.of(source));
    return compiler.compile(sources);
  }

  private static JavaFileObject view(String className, String name) {
    return JavaFileObjects.forSourceString(
        "shop." + className,
        String.join(
            "\n",
            "package shop;",
            "",
            "import dev.strata.View;",
            "",
            "@View(",
            "    name = \"" + name + "\",",
            "    sql = \"SELECT id FROM customers\")",
            "public class " + className + " {}"));
  }
}
