package org.example.singletablerename;

import dev.strata.RenamedFrom;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/**
 * Renamed: its discriminator value, its collection table and the join table's column named after
 * it follow.
 */
@Entity
@RenamedFrom("Request")
public class ServiceRequest extends Ticket {
  String requester;

  /** In ServiceRequest_tags (Request_tags before), by ServiceRequest_id (Request_id). */
  @ElementCollection(fetch = FetchType.EAGER)
  Set<String> tags;

  /** In the root's join table (Ticket_Ticket, or ticket_related), by ServiceRequest_id. */
  @ManyToMany(fetch = FetchType.EAGER)
  Set<Ticket> related;
}
