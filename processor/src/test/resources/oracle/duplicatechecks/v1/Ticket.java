package org.example.duplicatechecks;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import org.hibernate.annotations.Check;

/**
 * Checks given twice: a column's of one text from several sources (qty, price, level, and fee's
 * named one), which Hibernate writes once, and of texts that differ in spacing (stock), which it
 * writes both; the table's twice (qty >= 0), which it writes twice. Two to-ones over owner_id, one
 * read-only, which make one foreign key.
 */
@Entity
@Table(check = @CheckConstraint(constraint = "qty >= 0"))
@Check(constraints = "qty >= 0")
public class Ticket {
  @Id Long id;

  @Min(0)
  @Check(constraints = "qty>=0")
  Integer qty;

  @Min(0)
  @Check(constraints = "stock >= 0")
  Integer stock;

  @Column(check = @CheckConstraint(constraint = "price > 0"))
  @Check(constraints = "price > 0")
  Integer price;

  @Column(check = @CheckConstraint(name = "ticket_fee_positive", constraint = "fee > 0"))
  @Check(name = "ticket_fee_positive", constraints = "fee > 0")
  Integer fee;

  @Check(constraints = "level between 0 and 2")
  Level level;

  @ManyToOne
  @JoinColumn(name = "owner_id")
  Owner owner;

  @ManyToOne
  @JoinColumn(name = "owner_id", insertable = false, updatable = false)
  Owner sameOwner;
}
