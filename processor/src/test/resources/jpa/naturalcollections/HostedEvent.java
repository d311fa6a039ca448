package org.example.naturalcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** A natural id of a basic column and a @ManyToMany together. */
@Entity
public class HostedEvent {
  @Id Long id;

  @NaturalId String code;

  @NaturalId @ManyToMany Set<Host> hosts;
}
