// Test input reconstructed here: the JPA mapping of ComponentEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "COMPONENT")
public class ComponentEntity {

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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  protected RealmEntity realm;

  @Column(name = "NAME")
  protected String name;

  @Column(name = "PROVIDER_TYPE")
  protected String providerType;

  @Column(name = "PROVIDER_ID")
  protected String providerId;

  @Column(name = "PARENT_ID")
  protected String parentId;

  @Column(name = "SUB_TYPE")
  protected String subType;

  @OneToMany(
      fetch = FetchType.LAZY,
      cascade = {CascadeType.ALL},
      orphanRemoval = true,
      mappedBy = "component")
  Set<ComponentConfigEntity> componentConfigs = new HashSet<>();
}
