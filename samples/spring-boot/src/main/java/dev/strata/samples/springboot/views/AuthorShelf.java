package dev.strata.samples.springboot.views;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * How many books each author has on the shelves: a read-only entity on a view that Strata creates.
 * Both are named {@code author_shelf}, after the class.
 */
@Entity
@Immutable
@View(
    sql =
        """
        SELECT a.id, a.name, COUNT(b.id) AS books, MIN(b.published_year) AS first_published
        FROM author a LEFT JOIN book b ON b.author_id = a.id
        GROUP BY a.id, a.name""")
public class AuthorShelf {

  @Id private Long id;
  private String name;
  private long books;
  private Integer firstPublished;

  protected AuthorShelf() {}

  public String getName() {
    return name;
  }

  public long getBooks() {
    return books;
  }

  public Integer getFirstPublished() {
    return firstPublished;
  }

  @Override
  public String toString() {
    return name + ": " + books + " book(s), first published " + firstPublished;
  }
}
