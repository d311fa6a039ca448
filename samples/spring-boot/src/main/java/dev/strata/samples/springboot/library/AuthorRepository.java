package dev.strata.samples.springboot.library;

import org.springframework.data.jpa.repository.JpaRepository;

/** The authors. */
public interface AuthorRepository extends JpaRepository<Author, Long> {}
