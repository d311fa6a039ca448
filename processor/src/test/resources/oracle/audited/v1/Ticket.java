package org.example.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/** Audited whole: Hibernate's export adds Ticket_AUD and REVINFO. */
@Entity
@Audited
public class Ticket {
  @Id Long id;

  String title;
}
