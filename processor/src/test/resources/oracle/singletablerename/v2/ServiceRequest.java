package org.example.singletablerename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;

@Entity
@RenamedFrom("Request")
public class ServiceRequest extends Ticket {
  String requester;
}
