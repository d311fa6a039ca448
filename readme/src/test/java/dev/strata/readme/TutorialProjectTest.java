package dev.strata.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.readme.Snippet.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where each snippet lands in the project that the README test builds. */
class TutorialProjectTest {

  private static final String POM =
      """
      <project>
        <modelVersion>4.0.0</modelVersion>
        <dependencies>
          <dependency>a</dependency>
        </dependencies>
        <build><plugins><plugin><dependencies>
        </dependencies></plugin></plugins></build>
      </project>
      """;

  @Test
  void javaSnippetsGoWhereTheirPackageAndTypeSay() {
    TutorialProject project =
        TutorialProject.of(
            List.of(
                new Snippet(Kind.POM, POM, 1),
                new Snippet(
                    Kind.MAIN,
                    "package com.example.shop;\n\nimport dev.strata.View;\n\n"
                        + "@View(sql = \"SELECT 1\")\npublic final class ActiveCustomer {}\n",
                    2),
                new Snippet(
                    Kind.TEST, "import org.junit.jupiter.api.Test;\n\nclass ShopTest {}\n", 3)));

    assertEquals(
        List.of(
            "pom.xml",
            "src/main/java/com/example/shop/ActiveCustomer.java",
            "src/test/java/ShopTest.java"),
        project.files().keySet().stream().map(TutorialProjectTest::slashes).sorted().toList());
  }

  @Test
  void dependencySnippetsJoinTheProjectsOwnDependenciesNotAPlugins() {
    TutorialProject project =
        TutorialProject.of(
            List.of(
                new Snippet(Kind.POM, POM, 1),
                new Snippet(Kind.DEPENDENCIES, "<dependency>b</dependency>\n", 2)));

    String pom = project.files().get(Path.of("pom.xml"));

    assertTrue(
        pom.contains(
            "    <dependency>a</dependency>\n    <dependency>b</dependency>\n  </dependencies>\n"),
        pom);
    assertTrue(pom.contains("<plugin><dependencies>\n  </dependencies>"), pom);
  }

  @Test
  void theQuotedOutputIsKeptForTheBuildsCheck(@TempDir Path folder) throws IOException {
    TutorialProject.of(
            List.of(
                new Snippet(Kind.POM, POM, 1), new Snippet(Kind.OUTPUT, "Strata recorded\n", 2)))
        .writeTo(folder);

    assertEquals(
        "Strata recorded\n",
        Files.readString(folder.resolve(TutorialProject.OUTPUT_FILE), StandardCharsets.UTF_8));
    assertEquals(POM, Files.readString(folder.resolve("pom.xml"), StandardCharsets.UTF_8));
  }

  @Test
  void withoutAPomThereIsNoProject() {
    ReadmeException error =
        assertThrows(
            ReadmeException.class,
            () -> TutorialProject.of(List.of(new Snippet(Kind.MAIN, "class A {}\n", 4))));

    assertTrue(error.getMessage().contains("<!-- readme-test: pom -->"), error.getMessage());
  }

  @Test
  void twoSnippetsOfOneFileAreAnError() {
    Snippet first = new Snippet(Kind.MAIN, "package p;\npublic class A {}\n", 3);
    Snippet second = new Snippet(Kind.MAIN, "package p;\npublic class A { int x; }\n", 9);

    ReadmeException error =
        assertThrows(
            ReadmeException.class,
            () -> TutorialProject.of(List.of(new Snippet(Kind.POM, POM, 1), first, second)));

    assertEquals(
        "README.md line 9: a second snippet for src/main/java/p/A.java; a Java snippet is one"
            + " whole file, so mark only one of them",
        error.getMessage());
  }

  @Test
  void aJavaSnippetWithoutATypeIsAnError() {
    ReadmeException error =
        assertThrows(
            ReadmeException.class,
            () ->
                TutorialProject.of(
                    List.of(
                        new Snippet(Kind.POM, POM, 1),
                        new Snippet(Kind.MAIN, "Strata.configure(ds).load();\n", 5))));

    assertTrue(error.getMessage().startsWith("README.md line 5: "), error.getMessage());
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
