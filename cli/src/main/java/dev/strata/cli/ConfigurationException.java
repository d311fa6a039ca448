package dev.strata.cli;

/**
 * A setting the command cannot work with, such as a migrations path that does not exist or an
 * environment variable that is not set; exits with {@link ExitCodes#CONFIGURATION}.
 */
final class ConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ConfigurationException(String message) {
    super(message);
  }

  ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
