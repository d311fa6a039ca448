package org.example.singletablerename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Request extends Ticket {
  String requester;

  /** In Request_tags, whose column Request_id is named after the entity too. */
  @ElementCollection(fetch = FetchType.EAGER)
  Set<String> tags;

  /** In the root's join table (Ticket_Ticket, or ticket_related), by Request_id. */
  @ManyToMany(fetch = FetchType.EAGER)
  Set<Ticket> related;
}
