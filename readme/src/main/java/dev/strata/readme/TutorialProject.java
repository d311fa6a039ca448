package dev.strata.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the project a reader gets by pasting the README's marked snippets into an empty
 * folder: the POM (with the dependencies the README asks to add), each Java snippet as the source
 * file its package and type name say, and the output the README promises, for the build's check.
 */
final class TutorialProject {

  /** The file beside the POM that holds the README's quoted build output. */
  static final String OUTPUT_FILE = "readme-output.txt";

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE =
      Pattern.compile(
          "(?m)^(?:public\\s+)?(?:(?:final|abstract|sealed)\\s+)*"
              + "(?:class|interface|record|enum|@interface)\\s+(\\w+)");
  // the project's own dependencies: the element at the indentation of <modelVersion>
  private static final Pattern MODEL_VERSION = Pattern.compile("(?m)^([ \\t]*)<modelVersion>");

  private final Map<Path, String> files;

  private TutorialProject(Map<Path, String> files) {
    this.files = files;
  }

  /** The project that the snippets make; a README that cannot make one is a ReadmeException. */
  static TutorialProject of(List<Snippet> snippets) {
    Map<Path, String> files = new LinkedHashMap<>();
    String pom = null;
    StringBuilder dependencies = new StringBuilder();
    StringBuilder output = new StringBuilder();
    for (Snippet snippet : snippets) {
      switch (snippet.kind()) {
        case POM -> {
          if (pom != null) {
            throw new ReadmeException(
                "README.md line " + snippet.line() + ": a second pom snippet; mark only one");
          }
          pom = snippet.text();
        }
        case DEPENDENCIES -> dependencies.append(snippet.text());
        case MAIN -> put(files, Path.of("src", "main", "java"), snippet);
        case TEST -> put(files, Path.of("src", "test", "java"), snippet);
        case OUTPUT -> output.append(snippet.text());
        case COMPILE, STATEMENTS, PROPERTIES, PLUGIN, GENERATED -> {
          // checked alone by the module's tests (Readme*Test), not part of the project
        }
      }
    }
    if (pom == null) {
      throw new ReadmeException(
          "README.md marks no pom snippet: put <!-- readme-test: pom --> above the tutorial's"
              + " pom.xml");
    }
    Map<Path, String> project = new LinkedHashMap<>();
    project.put(Path.of("pom.xml"), withDependencies(pom, dependencies.toString()));
    project.putAll(files);
    if (output.length() > 0) {
      project.put(Path.of(OUTPUT_FILE), output.toString());
    }
    return new TutorialProject(Map.copyOf(project));
  }

  /** The project's files, by path relative to its folder. */
  Map<Path, String> files() {
    return files;
  }

  /** Writes every file under {@code folder}, creating the folders it needs. */
  void writeTo(Path folder) throws IOException {
    for (Map.Entry<Path, String> file : files.entrySet()) {
      Path target = folder.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static void put(Map<Path, String> files, Path root, Snippet snippet) {
    Matcher type = TYPE.matcher(snippet.text());
    if (!type.find()) {
      throw new ReadmeException(
          "README.md line "
              + snippet.line()
              + ": the Java snippet declares no top-level class, interface, record or enum");
    }
    Matcher pkg = PACKAGE.matcher(snippet.text());
    Path folder = pkg.find() ? root.resolve(pkg.group(1).replace('.', '/')) : root;
    Path file = folder.resolve(type.group(1) + ".java");
    if (files.putIfAbsent(file, snippet.text()) != null) {
      throw new ReadmeException(
          "README.md line "
              + snippet.line()
              + ": a second snippet for "
              + file.toString().replace('\\', '/')
              + "; a Java snippet is one whole file, so mark only one of them");
    }
  }

  private static String withDependencies(String pom, String dependencies) {
    if (dependencies.isEmpty()) {
      return pom;
    }
    Matcher modelVersion = MODEL_VERSION.matcher(pom);
    String indent = modelVersion.find() ? modelVersion.group(1) : "";
    Matcher end = Pattern.compile("(?m)^" + Pattern.quote(indent) + "</dependencies>").matcher(pom);
    if (!end.find()) {
      throw new ReadmeException(
          "The README's pom snippet has no <dependencies> of its own for the dependencies snippets"
              + " the README asks to add; give it one");
    }
    String inner = indent + indent;
    StringBuilder added = new StringBuilder();
    dependencies.lines().forEach(line -> added.append(inner).append(line).append('\n'));
    return pom.substring(0, end.start()) + added + pom.substring(end.start());
  }
}
