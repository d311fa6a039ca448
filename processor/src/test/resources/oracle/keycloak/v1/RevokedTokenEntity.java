// Test input reconstructed here: the JPA mapping of RevokedTokenEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Table(name = "REVOKED_TOKEN")
@Entity
public class RevokedTokenEntity {
  @Id
  @Column(name = "ID", length = 36)
  protected String id;

  @Column(name = "EXPIRE")
  protected long expire;
}
