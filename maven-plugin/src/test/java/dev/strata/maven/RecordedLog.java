package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's log, keeping its info, warning and error lines. */
final class RecordedLog extends SystemStreamLog {

  private final List<String> info = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

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

  @Override
  public void warn(CharSequence content) {
    warnings.add(content.toString());
  }

  List<String> warnLines() {
    return warnings;
  }

  @Override
  public void error(CharSequence content) {
    errors.add(content.toString());
  }

  List<String> errorLines() {
    return errors;
  }
}
