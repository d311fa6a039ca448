package dev.strata.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the README's Java, XML and properties blocks that nothing checks: every such block must
 * follow either a {@code <!-- readme-test: KIND -->} comment (built or compiled by the README test)
 * or a {@code <!-- readme-fragment: WHY -->} comment saying why it is not a file a reader pastes as
 * it is, so that a new snippet cannot rot unseen.
 */
final class UncheckedBlocks {

  /** The languages whose blocks a reader pastes into a project. */
  static final Set<String> PASTED = Set.of("java", "xml", "properties");

  private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*([\\w+-]*)\\s*$");
  private static final Pattern CHECKED =
      Pattern.compile("^\\s*<!--\\s*readme-(?:test:\\s*\\S+|fragment:\\s*\\S.*?)\\s*-->\\s*$");

  private UncheckedBlocks() {}

  /** The line numbers (from 1) of the opening fences of unchecked pasted blocks. */
  static List<Integer> in(String markdown) {
    String[] lines = markdown.split("\r?\n", -1);
    List<Integer> unchecked = new ArrayList<>();
    String open = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher fence = FENCE.matcher(lines[i]);
      if (!fence.matches()) {
        continue;
      }
      if (open != null) {
        if (fence.group(2).isEmpty() && closes(fence.group(1), open)) {
          open = null;
        }
        continue;
      }
      open = fence.group(1);
      if (PASTED.contains(fence.group(2)) && !markedAbove(lines, i)) {
        unchecked.add(i + 1);
      }
    }
    return List.copyOf(unchecked);
  }

  private static boolean markedAbove(String[] lines, int fence) {
    int above = fence - 1;
    while (above >= 0 && lines[above].isBlank()) {
      above--;
    }
    return above >= 0 && CHECKED.matcher(lines[above]).matches();
  }

  /** CommonMark: a closing fence is the opening fence's character, at least as many times. */
  private static boolean closes(String fence, String open) {
    return fence.charAt(0) == open.charAt(0) && fence.length() >= open.length();
  }
}
