/** Generators repeated in a package: Hibernate takes each by its name. */
@SequenceGenerator(name = "folios", sequenceName = "folio_numbers", allocationSize = 3)
@SequenceGenerator(name = "receipts", sequenceName = "receipt_numbers", allocationSize = 4)
@TableGenerator(name = "tallies", table = "tally_keys", pkColumnValue = "tally")
@TableGenerator(name = "tokens", table = "token_keys", pkColumnValue = "token", initialValue = 5)
package org.example.repeatedgenerators;

import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
