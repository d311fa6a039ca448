// Test input reconstructed here: the JPA mapping of OrganizationEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

@Table(name = "ORG")
@Entity
@NamedQueries({
  @NamedQuery(
      name = "getByOrgName",
      query =
          "select distinct o from OrganizationEntity o where o.realmId = :realmId AND o.name = :name"),
  @NamedQuery(
      name = "getByDomainName",
      query =
          "select distinct o from OrganizationEntity o inner join OrganizationDomainEntity d ON o.id = d.organization.id"
              + " where o.realmId = :realmId AND d.name = :name"),
  @NamedQuery(
      name = "getCount",
      query = "select count(o) from OrganizationEntity o where o.realmId = :realmId"),
  @NamedQuery(
      name = "deleteOrganizationsByRealm",
      query = "delete from OrganizationEntity o where o.realmId = :realmId")
})
public class OrganizationEntity {

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

  @Column(name = "NAME")
  private String name;

  @Column(name = "ALIAS")
  private String alias;

  @Column(name = "ENABLED")
  private boolean enabled;

  @Column(name = "DESCRIPTION")
  private String description;

  @Column(name = "REDIRECT_URL")
  private String redirectUrl;

  @Column(name = "REALM_ID")
  private String realmId;

  @Column(name = "GROUP_ID")
  private String groupId;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, mappedBy = "organization")
  protected Set<OrganizationDomainEntity> domains = new HashSet<>();
}
