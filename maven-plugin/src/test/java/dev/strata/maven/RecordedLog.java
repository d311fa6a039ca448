package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's log, keeping the start of each info line. */
final class RecordedLog extends SystemStreamLog {

  private final List<String> info = new ArrayList<>();

  @Override
  public void info(CharSequence content) {
    String line = content.toString();
    info.add(line.contains(" in ") ? line.substring(0, line.indexOf(" in ") + 4) : line);
  }

  List<String> infoStarts() {
    return info;
  }
}
