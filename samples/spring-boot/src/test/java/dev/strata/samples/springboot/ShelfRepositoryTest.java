package dev.strata.samples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strata.samples.springboot.library.Author;
import dev.strata.samples.springboot.library.Book;
import dev.strata.samples.springboot.views.AuthorShelf;
import dev.strata.samples.springboot.views.AuthorShelfRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * A repository test as users write them: {@code @DataJpaTest} replaces the application's database
 * with an embedded one, which the starter migrates (tables and views) before Hibernate validates
 * the mapping ({@code ddl-auto=validate} in application.properties).
 */
@DataJpaTest
class ShelfRepositoryTest {

  @Autowired TestEntityManager entities;
  @Autowired AuthorShelfRepository shelves;

  @Test
  void theShelfViewCountsEachAuthorsBooks() {
    Author leGuin = entities.persist(new Author("Ursula K. Le Guin"));
    entities.persist(new Book("A Wizard of Earthsea", leGuin, 1968));
    entities.persist(new Book("The Dispossessed", leGuin, 1974));
    entities.flush();

    assertThat(shelves.findAllByOrderByName())
        .extracting(AuthorShelf::getName, AuthorShelf::getBooks)
        .containsExactly(tuple("Ursula K. Le Guin", 2L));
  }
}
