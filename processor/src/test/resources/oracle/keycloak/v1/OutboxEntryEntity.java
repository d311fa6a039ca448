// Test input reconstructed here: the JPA mapping of OutboxEntryEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Nationalized;

@Entity
@Table(name = "OUTBOX_ENTRY")
public class OutboxEntryEntity {

  @Id
  @Column(name = "ID", length = 36)
  protected String id;

  @Column(name = "ENTRY_KIND", nullable = false, length = 64)
  protected String entryKind;

  @Column(name = "REALM_ID", nullable = false, length = 36)
  protected String realmId;

  @Column(name = "OWNER_ID", nullable = false, length = 64)
  protected String ownerId;

  @Column(name = "CONTAINER_ID", length = 64)
  protected String containerId;

  @Column(name = "CORRELATION_ID", nullable = false, length = 255)
  protected String correlationId;

  @Column(name = "ENTRY_TYPE", nullable = false, length = 256)
  protected String entryType;

  @Nationalized
  @Column(name = "PAYLOAD", nullable = false)
  protected String payload;

  @Nationalized
  @Column(name = "METADATA")
  protected String metadata;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 16)
  protected OutboxEntryStatus status;

  @Column(name = "ATTEMPTS", nullable = false)
  protected int attempts;

  @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
  protected Instant nextAttemptAt;

  @Column(name = "LAST_ERROR", length = 2048)
  protected String lastError;

  @Column(name = "CREATED_AT", nullable = false)
  protected Instant createdAt;

  @Column(name = "DELIVERED_AT")
  protected Instant deliveredAt;
}
