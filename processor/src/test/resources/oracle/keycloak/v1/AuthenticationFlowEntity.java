// Test input reconstructed here: the JPA mapping of AuthenticationFlowEntity in Keycloak
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
import java.util.ArrayList;
import java.util.Collection;
import org.hibernate.annotations.Nationalized;

@Table(name = "AUTHENTICATION_FLOW")
@Entity
public class AuthenticationFlowEntity {
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

  @Column(name = "ALIAS")
  protected String alias;

  @Column(name = "PROVIDER_ID")
  protected String providerId;

  @Nationalized
  @Column(name = "DESCRIPTION")
  protected String description;

  @Column(name = "TOP_LEVEL")
  protected boolean topLevel;

  @Column(name = "BUILT_IN")
  protected boolean builtIn;

  @OneToMany(
      fetch = FetchType.LAZY,
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "parentFlow")
  Collection<AuthenticationExecutionEntity> executions =
      new ArrayList<AuthenticationExecutionEntity>();
}
