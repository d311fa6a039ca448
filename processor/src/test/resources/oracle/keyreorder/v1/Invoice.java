package org.example.keyreorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Invoice {
  @Id Long id;

  @ManyToMany Set<Account> approvers;
}
