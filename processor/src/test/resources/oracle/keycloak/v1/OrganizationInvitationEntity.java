// Test input reconstructed here: the JPA mapping of OrganizationInvitationEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "ORG_INVITATION")
@NamedQueries({
  @NamedQuery(
      name = "getByOrganization",
      query =
          "SELECT i FROM OrganizationInvitationEntity i WHERE i.organizationId = :orgId ORDER BY i.createdAt DESC")
})
public class OrganizationInvitationEntity {

  @Id
  @Column(name = "ID", length = 36)
  private String id;

  @Column(name = "ORGANIZATION_ID", length = 255, nullable = false)
  private String organizationId;

  @Column(name = "EMAIL", nullable = false)
  private String email;

  @Column(name = "FIRST_NAME")
  private String firstName;

  @Column(name = "LAST_NAME")
  private String lastName;

  @Column(name = "CREATED_AT", nullable = false)
  private int createdAt;

  @Column(name = "EXPIRES_AT")
  private int expiresAt;

  @Column(name = "INVITE_LINK", length = 2048)
  private String inviteLink;
}
