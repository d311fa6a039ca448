package org.example.singletablerename;

import jakarta.persistence.Entity;

@Entity
public class Request extends Ticket {
  String requester;
}
