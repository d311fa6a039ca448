package dev.strata.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A switch given as a property ({@code strata.skip}, {@code strata.allowDataLoss}, {@code
 * strata.concurrently}), taken as text: Maven's own conversion reads every value but {@code true}
 * as false, so that {@code -Dstrata.concurrently=yes} silently refreshed with readers locked out.
 */
final class BooleanParameter {

  private BooleanParameter() {}

  /**
   * @param property the user property the value came from, named by the error
   * @return the switch; false when {@code value} is unset
   * @throws MojoFailureException naming the property and what it takes, for any value but {@code
   *     true} or {@code false} (in any case, spaces around ignored)
   */
  static boolean parse(String property, String value) throws MojoFailureException {
    if (value == null) {
      return false;
    }
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new MojoFailureException(
            property
                + " is '"
                + value
                + "', which is neither true nor false: give -D"
                + property
                + "=true or -D"
                + property
                + "=false (-D"
                + property
                + " alone means true)");
    }
  }
}
