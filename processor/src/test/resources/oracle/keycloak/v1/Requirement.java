// Test input reconstructed here: the JPA mapping of Requirement in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

public enum Requirement {
  REQUIRED,
  CONDITIONAL,
  ALTERNATIVE,
  DISABLED
}
