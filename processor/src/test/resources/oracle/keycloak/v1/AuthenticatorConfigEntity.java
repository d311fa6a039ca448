// Test input reconstructed here: the JPA mapping of AuthenticatorConfigEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Map;

@Table(name = "AUTHENTICATOR_CONFIG")
@Entity
public class AuthenticatorConfigEntity {
  @Id
  @Column(name = "ID", length = 36)
  @Access(AccessType.PROPERTY)
  protected String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @Column(name = "ALIAS")
  protected String alias;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  protected RealmEntity realm;

  @ElementCollection
  @MapKeyColumn(name = "NAME")
  @Column(name = "VALUE")
  @CollectionTable(
      name = "AUTHENTICATOR_CONFIG_ENTRY",
      joinColumns = {@JoinColumn(name = "AUTHENTICATOR_ID")},
      uniqueConstraints = {@UniqueConstraint(columnNames = {"AUTHENTICATOR_ID", "NAME"})})
  private Map<String, String> config;
}
