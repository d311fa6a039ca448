package dev.strata.samples.springboot.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A book on the shelves; columns {@code author_id} and {@code published_year}. */
@Entity
public class Book {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @ManyToOne(optional = false)
  private Author author;

  @Column(nullable = false)
  private int publishedYear;

  protected Book() {}

  public Book(String title, Author author, int publishedYear) {
    this.title = title;
    this.author = author;
    this.publishedYear = publishedYear;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }
}
