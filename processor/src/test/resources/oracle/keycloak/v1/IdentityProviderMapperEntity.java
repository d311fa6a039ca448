// Test input reconstructed here: the JPA mapping of IdentityProviderMapperEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Map;

@Entity
@Table(name = "IDENTITY_PROVIDER_MAPPER")
public class IdentityProviderMapperEntity {

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

  @Column(name = "NAME")
  protected String name;

  @Column(name = "IDP_ALIAS")
  protected String identityProviderAlias;

  @Column(name = "IDP_MAPPER_NAME")
  protected String identityProviderMapper;

  @ElementCollection
  @MapKeyColumn(name = "NAME")
  @Column(name = "VALUE")
  @CollectionTable(
      name = "IDP_MAPPER_CONFIG",
      joinColumns = {@JoinColumn(name = "IDP_MAPPER_ID")})
  private Map<String, String> config;

  @Column(name = "REALM_ID")
  private String realmId;
}
