package dev.strata.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.readme.Snippet.Kind;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java outside the tutorial project compiles as written against Strata's artifacts:
 * whole files marked {@code compile} (a hand-written step, say) as they stand, and code marked
 * {@code statements} (the runtime API) as the body of a method.
 */
class ReadmeJavaTest {

  private static final Pattern TYPE =
      Pattern.compile("(?m)^public\\s+(?:final\\s+)?class\\s+(\\w+)");

  @TempDir Path output;

  @Test
  void everyCompileAndStatementsSnippetOfTheReadmeCompiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<JavaFileObject> sources = new ArrayList<>();
    for (Snippet snippet : ReadmeSnippets.in(readme)) {
      if (snippet.kind() == Kind.COMPILE) {
        sources.add(source(typeName(snippet), snippet.text()));
      } else if (snippet.kind() == Kind.STATEMENTS) {
        String name = "ReadmeLine" + snippet.line();
        sources.add(source(name, method(name, snippet.text())));
      }
    }
    assertFalse(sources.isEmpty(), "README.md marks no compile or statements snippet");

    assertEquals("", compile(sources));
  }

  @Test
  void aStatementsSnippetThatCallsNoSuchMethodFails() {
    String broken = method("Broken", "Strata.configure(dataSource).load().migrateEverything();\n");

    assertTrue(compile(List.of(source("Broken", broken))).contains("migrateEverything"));
  }

  /**
   * A class whose one method has the snippet as its body, with the names the README assumes: {@code
   * dataSource} and {@code classLoader}, and a {@code strata} that a snippet may declare itself.
   */
  private static String method(String name, String statements) {
    return "import dev.strata.runtime.*;\n"
        + "import java.time.Duration;\n"
        + "import java.util.List;\n"
        + "import javax.sql.DataSource;\n\n"
        + "class "
        + name
        + " {\n  private Strata strata;\n\n"
        + "  void run(DataSource dataSource, ClassLoader classLoader) throws Exception {\n"
        + statements
        + "  }\n}\n";
  }

  private static String typeName(Snippet snippet) {
    Matcher type = TYPE.matcher(snippet.text());
    assertTrue(type.find(), () -> "README.md line " + snippet.line() + ": no public class");
    return type.group(1);
  }

  private static JavaFileObject source(String type, String text) {
    return new SimpleJavaFileObject(
        java.net.URI.create("string:///" + type + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /** The compiler's diagnostics when a source does not compile; empty when all do. */
  private String compile(List<JavaFileObject> sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options =
        List.of(
            "-proc:none",
            "--release",
            "17",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            output.toString());
    boolean compiled = compiler.getTask(diagnostics, null, null, options, null, sources).call();
    return compiled ? "" : diagnostics.toString();
  }
}
