// Test input reconstructed here: the JPA mapping of Constants in JHipster's sample application
// (jhipster/jhipster-sample-app-react): tables, columns and mapping annotations only.
package org.example.jhipster;

public final class Constants {

  public static final String LOGIN_REGEX = "^[_.@A-Za-z0-9-]*$";

  private Constants() {}
}
