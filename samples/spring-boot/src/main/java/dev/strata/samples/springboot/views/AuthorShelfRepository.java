package dev.strata.samples.springboot.views;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Reads the view {@code author_shelf}; a view has nothing to save. */
public interface AuthorShelfRepository extends Repository<AuthorShelf, Long> {

  List<AuthorShelf> findAllByOrderByName();
}
