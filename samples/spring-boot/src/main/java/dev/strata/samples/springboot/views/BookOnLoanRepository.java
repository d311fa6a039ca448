package dev.strata.samples.springboot.views;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Reads the view {@code book_on_loan}. */
public interface BookOnLoanRepository extends Repository<BookOnLoan, Long> {

  List<BookOnLoan> findAllByOrderByLentOn();
}
