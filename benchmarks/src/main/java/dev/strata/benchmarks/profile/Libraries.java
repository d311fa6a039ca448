package dev.strata.benchmarks.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names the library a class belongs to, by package, for profile summaries. */
final class Libraries {

  // first match wins: more specific prefixes first
  private static final Map<String, String> BY_PREFIX = new LinkedHashMap<>();

  static {
    BY_PREFIX.put("net.sf.jsqlparser.", "JSqlParser");
    BY_PREFIX.put("com.fasterxml.jackson.", "Jackson");
    BY_PREFIX.put("com.palantir.javapoet.", "JavaPoet");
    BY_PREFIX.put("org.h2.", "H2");
    BY_PREFIX.put("dev.strata.", "Strata");
    BY_PREFIX.put("com.sun.tools.javac.", "javac");
    BY_PREFIX.put("jdk.internal.", "JDK");
    BY_PREFIX.put("java.", "JDK");
    BY_PREFIX.put("javax.", "JDK");
    BY_PREFIX.put("sun.", "JDK");
  }

  private Libraries() {}

  static String of(String className) {
    for (Map.Entry<String, String> entry : BY_PREFIX.entrySet()) {
      if (className.startsWith(entry.getKey())) {
        return entry.getValue();
      }
    }
    return "other";
  }
}
