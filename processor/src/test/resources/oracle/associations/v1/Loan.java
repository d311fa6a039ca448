package org.example.associations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.util.Set;

/** Associations declared by an interface, the entity named by {@code targetEntity}. */
@Entity
public class Loan {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(targetEntity = Member.class, optional = false)
  private Patron patron;

  @OneToOne(targetEntity = Member.class)
  private Patron guarantor;

  @ManyToMany(targetEntity = Member.class)
  private Set<Patron> witnesses;

  @ManyToOne private Book book;
}
