package dev.strata.samples.springboot.views;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** The books out on loan now, with who has them; view {@code book_on_loan}, added in version 2. */
@Entity
@Immutable
@View(
    sql =
        """
        SELECT l.id, b.title, l.borrower, l.lent_on
        FROM loan l JOIN book b ON b.id = l.book_id
        WHERE l.returned_on IS NULL""")
public class BookOnLoan {

  @Id private Long id;
  private String title;
  private String borrower;
  private LocalDate lentOn;

  protected BookOnLoan() {}

  public String getTitle() {
    return title;
  }

  public String getBorrower() {
    return borrower;
  }

  public LocalDate getLentOn() {
    return lentOn;
  }
}
