// Test input reconstructed here: the JPA mapping of MigrationModelEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Table(name = "MIGRATION_MODEL")
@Entity
@NamedQueries({
  @NamedQuery(
      name = "getLatest",
      query = "select m from MigrationModelEntity m ORDER BY m.updatedTime DESC")
})
public class MigrationModelEntity {
  @Id
  @Column(name = "ID", length = 36)
  @Access(AccessType.PROPERTY)
  private String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @Column(name = "VERSION", length = 36)
  protected String version;

  @Column(name = "UPDATE_TIME")
  protected long updatedTime;
}
