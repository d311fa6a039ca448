// Test input reconstructed here: the JPA mapping of OutboxEntryStatus in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

public enum OutboxEntryStatus {
  PENDING,
  DELIVERED,
  DEAD_LETTER,
  HELD
}
