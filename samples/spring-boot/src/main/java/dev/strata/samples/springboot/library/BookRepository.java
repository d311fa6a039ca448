package dev.strata.samples.springboot.library;

import org.springframework.data.jpa.repository.JpaRepository;

/** The books. */
public interface BookRepository extends JpaRepository<Book, Long> {}
