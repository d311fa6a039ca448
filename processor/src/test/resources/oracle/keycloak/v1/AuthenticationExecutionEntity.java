// Test input reconstructed here: the JPA mapping of AuthenticationExecutionEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@NamedQueries({
  @NamedQuery(
      name = "authenticationFlowExecution",
      query =
          "select authExec from AuthenticationExecutionEntity authExec where authExec.flowId = :flowId")
})
@Table(name = "AUTHENTICATION_EXECUTION")
@Entity
public class AuthenticationExecutionEntity {
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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "FLOW_ID")
  protected AuthenticationFlowEntity parentFlow;

  @Column(name = "AUTHENTICATOR")
  protected String authenticator;

  @Column(name = "AUTH_CONFIG")
  protected String authenticatorConfig;

  @Column(name = "AUTH_FLOW_ID")
  protected String flowId;

  @Column(name = "REQUIREMENT")
  protected Requirement requirement;

  @Column(name = "PRIORITY")
  protected int priority;

  @Column(name = "AUTHENTICATOR_FLOW")
  private boolean autheticatorFlow;
}
