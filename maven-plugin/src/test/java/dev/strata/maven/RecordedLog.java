package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's log, keeping the start of each info line. */
final class RecordedLog extends SystemStreamLog {

  private final List<String> info = new ArrayList<>();

  @Override
  public void info(CharSequence content) {
    info.add(content.toString());
  }

  /** Each info line up to its first " in ", which may go on with a time or a path. */
  List<String> infoStarts() {
    return info.stream()
        .map(line -> line.contains(" in ") ? line.substring(0, line.indexOf(" in ") + 4) : line)
        .toList();
  }

  List<String> infoLines() {
    return info;
  }
}
