// Test input reconstructed here: the JPA mapping of RequiredActionProviderEntity in Keycloak
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
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Map;

@Table(name = "REQUIRED_ACTION_PROVIDER")
@Entity
@NamedQueries({
  @NamedQuery(
      name = "deleteRequiredActionProviderByRealm",
      query = "delete from RequiredActionProviderEntity action where action.realm = :realm"),
})
public class RequiredActionProviderEntity {
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

  @Column(name = "NAME")
  protected String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  protected RealmEntity realm;

  @Column(name = "PROVIDER_ID")
  protected String providerId;

  @Column(name = "ENABLED")
  protected boolean enabled;

  @Column(name = "DEFAULT_ACTION")
  protected boolean defaultAction;

  @Column(name = "PRIORITY")
  protected int priority;

  @ElementCollection
  @MapKeyColumn(name = "NAME")
  @Column(name = "VALUE")
  @CollectionTable(
      name = "REQUIRED_ACTION_CONFIG",
      joinColumns = {@JoinColumn(name = "REQUIRED_ACTION_ID")})
  private Map<String, String> config;
}
