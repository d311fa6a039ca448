package dev.strata.processor.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into the user's words: where the text stops being JSON, never the
 * parser's own text, which names its sources and internals.
 */
final class JsonErrors {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private JsonErrors() {}

  static String describe(JsonProcessingException e) {
    if (e instanceof JsonEOFException) {
      return SnapshotMessages.truncated();
    }
    if (e instanceof StreamConstraintsException) {
      return SnapshotMessages.tooLarge();
    }
    Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    if (duplicate.lookingAt()) {
      return SnapshotMessages.duplicateKey(duplicate.group(1));
    }
    JsonLocation location = e.getLocation();
    String where =
        location == null || location.getLineNr() < 1
            ? ""
            : " from line " + location.getLineNr() + ", column " + location.getColumnNr() + " on";
    return SnapshotMessages.notJson(where);
  }
}
