package dev.strata.samples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strata.samples.springboot.library.Author;
import dev.strata.samples.springboot.library.AuthorRepository;
import dev.strata.samples.springboot.library.Book;
import dev.strata.samples.springboot.library.BookRepository;
import dev.strata.samples.springboot.library.Loan;
import dev.strata.samples.springboot.library.LoanRepository;
import dev.strata.samples.springboot.views.AuthorShelf;
import dev.strata.samples.springboot.views.AuthorShelfRepository;
import dev.strata.samples.springboot.views.BookOnLoan;
import dev.strata.samples.springboot.views.BookOnLoanRepository;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library started as a user starts it, on the database its subclass names: Strata's starter
 * created the tables and views before Hibernate validated the mapping, and the view entities read
 * what the entities wrote. Each test rolls back.
 */
@SpringBootTest(
    properties = {
      "spring.main.banner-mode=off",
      "logging.level.root=warn",
      "logging.level.dev.strata=info"
    })
@Transactional
abstract class LibraryScenario {

  @Autowired AuthorRepository authors;
  @Autowired BookRepository books;
  @Autowired LoanRepository loans;
  @Autowired AuthorShelfRepository shelves;
  @Autowired BookOnLoanRepository booksOnLoan;
  @Autowired EntityManager entityManager;
  @Autowired HealthContributorRegistry health;

  @Test
  void viewEntitiesReadWhatTheEntitiesWrote() {
    Author leGuin = authors.save(new Author("Ursula K. Le Guin"));
    Author calvino = authors.save(new Author("Italo Calvino"));
    authors.save(new Author("Nobody Yet"));
    Book earthsea = books.save(new Book("A Wizard of Earthsea", leGuin, 1968));
    Book dispossessed = books.save(new Book("The Dispossessed", leGuin, 1974));
    Book cities = books.save(new Book("Invisible Cities", calvino, 1972));
    loans.save(new Loan(earthsea, "Ged", LocalDate.of(2026, 3, 1)));
    loans.save(new Loan(cities, "Marco", LocalDate.of(2026, 2, 1)));
    Loan returned = new Loan(dispossessed, "Shevek", LocalDate.of(2026, 1, 1));
    returned.returnedOn(LocalDate.of(2026, 1, 20));
    loans.save(returned);
    // the views read the tables: write the rows before reading them through the views
    entityManager.flush();

    assertThat(shelves.findAllByOrderByName())
        .extracting(AuthorShelf::getName, AuthorShelf::getBooks, AuthorShelf::getFirstPublished)
        .containsExactly(
            tuple("Italo Calvino", 1L, 1972),
            tuple("Nobody Yet", 0L, null),
            tuple("Ursula K. Le Guin", 2L, 1968));
    assertThat(booksOnLoan.findAllByOrderByLentOn())
        .extracting(BookOnLoan::getTitle, BookOnLoan::getBorrower)
        .containsExactly(tuple("Invisible Cities", "Marco"), tuple("A Wizard of Earthsea", "Ged"));
  }

  @Test
  void healthShowsTheSchemaVersion() {
    HealthIndicator strata = (HealthIndicator) health.getContributor("strata");

    assertThat(strata.health().getStatus()).isEqualTo(Status.UP);
    assertThat(strata.health().getDetails())
        .isEqualTo(Map.of("sets", Map.of("main", Map.of("version", 2, "pending", List.of()))));
  }
}
