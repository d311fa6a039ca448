package dev.strata.processor;

import com.google.testing.compile.Compilation;
import dev.strata.processor.viewfuzz.ViewCase;
import dev.strata.processor.viewfuzz.ViewFuzzModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What Strata's build said of one generated view entity: nothing, an error on its field {@code v}
 * (no column or another type family), an error elsewhere in its class (the query), or an internal
 * error; with its warnings.
 */
record StrataViewVerdict(Kind kind, String message, List<String> warnings) {

  enum Kind {
    PASSED,
    FIELD_ERROR,
    QUERY_ERROR,
    CRASH
  }

  /** The verdict on each view of {@code model}, by view name, from {@code compilation}. */
  static Map<String, StrataViewVerdict> of(ViewFuzzModel model, Compilation compilation) {
    Map<String, StrataViewVerdict> verdicts = new LinkedHashMap<>();
    for (ViewCase view : model.views()) {
      verdicts.put(view.view(), of(view, compilation.diagnostics()));
    }
    return verdicts;
  }

  private static StrataViewVerdict of(
      ViewCase view, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    String fieldLine = view.field().declaration("v");
    List<Diagnostic<? extends JavaFileObject>> own =
        diagnostics.stream()
            .filter(d -> d.getSource() != null)
            .filter(d -> d.getSource().getName().endsWith("/" + view.className() + ".java"))
            .toList();
    List<String> warnings =
        own.stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    for (Diagnostic<? extends JavaFileObject> d : own) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String message = d.getMessage(Locale.ROOT);
      if (message.contains("internal error")) {
        return new StrataViewVerdict(Kind.CRASH, message, warnings);
      }
      boolean onField = line(d).contains(fieldLine);
      return new StrataViewVerdict(
          onField ? Kind.FIELD_ERROR : Kind.QUERY_ERROR, message.replace('\n', ' '), warnings);
    }
    return new StrataViewVerdict(Kind.PASSED, "", warnings);
  }

  private static String line(Diagnostic<? extends JavaFileObject> diagnostic) {
    try {
      String[] lines = diagnostic.getSource().getCharContent(true).toString().split("\n");
      long number = diagnostic.getLineNumber();
      return number > 0 && number <= lines.length ? lines[(int) number - 1] : "";
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return kind == Kind.PASSED
        ? "PASSED" + (warnings.isEmpty() ? "" : " " + warnings)
        : kind + ": " + message;
  }
}
