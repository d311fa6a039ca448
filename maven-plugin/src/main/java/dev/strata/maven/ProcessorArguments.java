package dev.strata.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The {@code -A} options that the project gives the compiler (its {@code compilerArgs}, in the
 * plugin's or the {@code default-compile} execution's configuration), so that {@code strata:check}
 * runs the processor with the same package, set, dialect and snapshot folder as the build, and
 * {@code strata:fingerprint} knows whether the compile was told to write nothing.
 */
final class ProcessorArguments {

  private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

  private ProcessorArguments() {}

  static List<String> of(MavenProject project) {
    // strata.check is what strata:check sets; any other -A is the processors' business
    return given(project).stream().filter(option -> !option.startsWith("-Astrata.check")).toList();
  }

  /** Every {@code -A} option the compiler is given, {@code -Astrata.check} included. */
  static List<String> given(MavenProject project) {
    List<String> options = new ArrayList<>();
    Plugin compiler = project.getPlugin(COMPILER);
    if (compiler == null) {
      return options;
    }
    addOptions(compiler.getConfiguration(), options);
    for (PluginExecution execution : compiler.getExecutions()) {
      if ("default-compile".equals(execution.getId())) {
        addOptions(execution.getConfiguration(), options);
      }
    }
    return options;
  }

  private static void addOptions(Object configuration, List<String> options) {
    if (!(configuration instanceof Xpp3Dom dom) || dom.getChild("compilerArgs") == null) {
      return;
    }
    for (Xpp3Dom arg : dom.getChild("compilerArgs").getChildren()) {
      String value = arg.getValue();
      if (value != null && value.strip().startsWith("-A")) {
        options.add(value.trim());
      }
    }
  }
}
