package dev.strata.samples.springboot.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A book lent to a reader; added in version 2 of the schema. */
@Entity
public class Loan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Book book;

  @Column(nullable = false, length = 100)
  private String borrower;

  @Column(nullable = false)
  private LocalDate lentOn;

  /** Null while the book is out. */
  private LocalDate returnedOn;

  protected Loan() {}

  public Loan(Book book, String borrower, LocalDate lentOn) {
    this.book = book;
    this.borrower = borrower;
    this.lentOn = lentOn;
  }

  public void returnedOn(LocalDate date) {
    this.returnedOn = date;
  }
}
