package dev.strata.samples.springboot.library;

import org.springframework.data.jpa.repository.JpaRepository;

/** The loans, past and current. */
public interface LoanRepository extends JpaRepository<Loan, Long> {}
