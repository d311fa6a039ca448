package dev.strata.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The login of the database goals: the URL, user and password configured in the POM or given as
 * {@code -Dstrata.*} properties, the user and password completed from a settings.xml server when
 * {@code serverId} names one (decrypting its password as Maven does).
 */
final class LoginResolver {

  private final Settings settings;
  private final SettingsDecrypter decrypter;

  LoginResolver(Settings settings, SettingsDecrypter decrypter) {
    this.settings = settings;
    this.decrypter = decrypter;
  }

  DatabaseLogin resolve(String url, String user, String password, String serverId)
      throws MojoExecutionException {
    if (url == null || url.isBlank()) {
      throw new MojoExecutionException(
          "No database URL: set <url> in the plugin's <configuration>, or pass -Dstrata.url=jdbc:...");
    }
    if (serverId == null) {
      return new DatabaseLogin(url, user, password);
    }
    Server server = decrypted(server(serverId));
    return new DatabaseLogin(
        url,
        user != null ? user : server.getUsername(),
        password != null ? password : server.getPassword());
  }

  private Server server(String serverId) throws MojoExecutionException {
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      throw new MojoExecutionException(
          "No <server> with <id>"
              + serverId
              + "</id> in settings.xml: add one with the database's <username> and <password>,"
              + " or correct strata.serverId");
    }
    return server;
  }

  private Server decrypted(Server server) throws MojoExecutionException {
    SettingsDecryptionResult result =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new MojoExecutionException(
            "Could not decrypt the password of server "
                + server.getId()
                + ": "
                + problem.getMessage());
      }
    }
    return result.getServer();
  }
}
