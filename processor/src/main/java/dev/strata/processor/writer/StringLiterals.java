package dev.strata.processor.writer;

import com.palantir.javapoet.CodeBlock;
import dev.strata.processor.model.ClassFileStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a string as Java code that compiles whatever its length. A class file holds a string
 * constant in at most 65,535 bytes of modified UTF-8, and javac folds {@code "a" + "b"} into one
 * constant, so a longer text (the description of a version of thousands of views) is written as
 * {@code String.join("", "part", "part")}, which is no constant; a shorter one stays one literal,
 * as it always was.
 */
final class StringLiterals {

  /** At most three bytes per char, so a part of this many chars always fits one constant. */
  static final int PART_CHARS = 16_384;

  private StringLiterals() {}

  static CodeBlock of(String text) {
    if (ClassFileStrings.fits(text)) {
      return CodeBlock.of("$S", text);
    }
    List<CodeBlock> parts = new ArrayList<>();
    for (String part : parts(text)) {
      parts.add(CodeBlock.of("$S", part));
    }
    return CodeBlock.of("$T.join(\"\",\n$>$>$L$<$<)", String.class, CodeBlock.join(parts, ",\n"));
  }

  /** Parts of at most {@link #PART_CHARS}, never splitting a surrogate pair between two. */
  private static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + PART_CHARS);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      parts.add(text.substring(start, end));
      start = end;
    }
    return parts;
  }
}
