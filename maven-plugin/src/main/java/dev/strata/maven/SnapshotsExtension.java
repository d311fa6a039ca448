package dev.strata.maven;

import java.util.List;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/**
 * Binds {@code strata:snapshots} and {@code strata:fingerprint} to every module that declares the
 * plugin with {@code <extensions>true</extensions>}, so that adding the plugin is all it takes for
 * a changed snapshot folder to regenerate the migrations. A module that binds either goal itself
 * keeps its own executions.
 */
public final class SnapshotsExtension extends AbstractMavenLifecycleParticipant {

  static final String PLUGIN_KEY = "dev.strata:strata-maven-plugin";
  private static final List<String> GOALS = List.of("snapshots", "fingerprint");

  @Override
  public void afterProjectsRead(MavenSession session) {
    for (MavenProject project : session.getProjects()) {
      Plugin plugin = project.getPlugin(PLUGIN_KEY);
      if (plugin != null && !bindsAGoal(plugin)) {
        PluginExecution execution = new PluginExecution();
        // the goals' own default phases: generate-sources and compile
        execution.setId("strata-snapshots");
        execution.setGoals(GOALS);
        plugin.addExecution(execution);
      }
    }
  }

  private static boolean bindsAGoal(Plugin plugin) {
    return plugin.getExecutions().stream()
        .flatMap(execution -> execution.getGoals().stream())
        .anyMatch(GOALS::contains);
  }
}
