// Test input reconstructed here: the JPA mapping of ClientScopeEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.Set;
import org.hibernate.annotations.Nationalized;

@Entity
@Table(
    name = "CLIENT_SCOPE",
    uniqueConstraints = {@UniqueConstraint(columnNames = {"REALM_ID", "NAME"})})
@NamedQueries({
  @NamedQuery(
      name = "getClientScopeIds",
      query = "select scope.id from ClientScopeEntity scope where scope.realmId = :realm"),
  @NamedQuery(
      name = "getClientScopesByProtocol",
      query =
          "select S from ClientScopeEntity S "
              + "where S.realmId = :realm and S.protocol = :protocol")
})
public class ClientScopeEntity {

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

  @Nationalized
  @Column(name = "DESCRIPTION")
  private String description;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "clientScope")
  Collection<ProtocolMapperEntity> protocolMappers = new LinkedList<>();

  @Column(name = "REALM_ID")
  protected String realmId;

  @Column(name = "PROTOCOL")
  private String protocol;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "clientScope")
  protected Collection<ClientScopeAttributeEntity> attributes = new LinkedList<>();

  @ElementCollection
  @Column(name = "ROLE_ID")
  @CollectionTable(
      name = "CLIENT_SCOPE_ROLE_MAPPING",
      joinColumns = {@JoinColumn(name = "SCOPE_ID")})
  private Set<String> scopeMappingIds = new HashSet<>();
}
