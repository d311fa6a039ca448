package dev.strata.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build step that turns README.md into the tutorial project which the invoker plugin then
 * builds: {@code WriteTutorialProject README.md target/readme-it/tutorial}.
 */
public final class WriteTutorialProject {

  private WriteTutorialProject() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: WriteTutorialProject <README.md> <project folder to write>");
    }
    String readme = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    TutorialProject.of(ReadmeSnippets.in(readme)).writeTo(Path.of(args[1]));
  }
}
