package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.db.Server;
import dev.strata.benchmarks.fork.Libraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The versions the results were measured with: Strata's commit, the libraries, the server. */
final class Versions {

  private final Libraries libraries;
  private final Path repository;
  private final List<Server> servers;

  Versions(Libraries libraries, Path module, List<Server> servers) {
    this.libraries = libraries;
    this.repository = module.getParent();
    this.servers = servers;
  }

  Map<String, String> all() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("Strata", libraries.version("strata-runtime") + ", " + revision());
    versions.put("Flyway", libraries.version("flyway-core") + " (flyway-core, Java API)");
    versions.put("Liquibase", libraries.version("liquibase-core") + " (liquibase-core, Java API)");
    versions.put("H2", libraries.version("h2"));
    versions.put("PostgreSQL JDBC driver", libraries.version("postgresql"));
    versions.put("MariaDB JDBC driver", libraries.version("mariadb-java-client"));
    versions.put("Flyway's MySQL/MariaDB support", libraries.version("flyway-mysql"));
    for (Server server : servers) {
      String name = server.label() + " server";
      try {
        versions.put(name, server.version() + ", local, over TCP on 127.0.0.1");
      } catch (SQLException e) {
        versions.put(name, "unknown: " + e.getMessage());
      }
    }
    return versions;
  }

  /** The commit the modules were built from, and whether they had uncommitted changes. */
  private String revision() {
    String commit = git("rev-parse", "--short", "HEAD");
    String changes = git("status", "--porcelain", "--", "annotations", "processor", "runtime");
    if (commit.isEmpty()) {
      return "commit unknown";
    }
    return "commit "
        + commit
        + (changes.isEmpty() ? "" : " with uncommitted changes in annotations/processor/runtime");
  }

  /** A read-only git command's output, empty if git cannot answer. */
  private String git(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.waitFor() == 0 ? output.trim() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
