package dev.strata.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the README's marked code blocks: an HTML comment {@code <!-- readme-test: KIND -->}, which
 * GitHub does not show, right before a fenced block makes that block part of the project the build
 * compiles, so that the README cannot drift from what works.
 */
final class ReadmeSnippets {

  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!--\\s*readme-test:\\s*(\\S+)\\s*-->\\s*$");
  private static final Pattern FENCE_OPEN = Pattern.compile("^( *)(`{3,}|~{3,})\\s*[\\w+-]*\\s*$");

  private ReadmeSnippets() {}

  /** The marked blocks of a Markdown text, in the order they appear. */
  static List<Snippet> in(String markdown) {
    String[] lines = markdown.split("\r?\n", -1);
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      if (marker.matches()) {
        Snippet.Kind kind = Snippet.Kind.ofMarker(marker.group(1), i + 1);
        snippets.add(new Snippet(kind, blockAfter(lines, i), i + 1));
      }
    }
    return List.copyOf(snippets);
  }

  /** The fenced block that follows the marker on line {@code markerIndex}, blank lines between. */
  private static String blockAfter(String[] lines, int markerIndex) {
    int open = markerIndex + 1;
    while (open < lines.length && lines[open].isBlank()) {
      open++;
    }
    Matcher fence = open < lines.length ? FENCE_OPEN.matcher(lines[open]) : null;
    if (fence == null || !fence.matches()) {
      throw new ReadmeException(
          "README.md line "
              + (markerIndex + 1)
              + ": the <!-- readme-test: ... --> comment must be followed by a fenced code block"
              + " (```); move the comment right above the block it marks");
    }
    String indent = fence.group(1);
    String close = fence.group(2);
    StringBuilder text = new StringBuilder();
    for (int i = open + 1; i < lines.length; i++) {
      String line = lines[i];
      if (closes(line, close)) {
        return text.toString();
      }
      // a block inside a list item is indented; the file it stands for is not
      text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
          .append('\n');
    }
    throw new ReadmeException(
        "README.md line "
            + (open + 1)
            + ": the code block marked on line "
            + (markerIndex + 1)
            + " is never closed; end it with "
            + close);
  }

  /** CommonMark: a closing fence is the opening fence's character, at least as many times. */
  private static boolean closes(String line, String open) {
    String stripped = line.strip();
    return stripped.length() >= open.length()
        && stripped.chars().allMatch(c -> c == open.charAt(0));
  }
}
