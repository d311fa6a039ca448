/** Generators for the package's entities: Hibernate looks here after the field and the entity. */
@SequenceGenerator(name = "ledger", sequenceName = "ledger_numbers", allocationSize = 7)
@TableGenerator(name = "stamps", table = "stamp_keys", pkColumnValue = "stamp", initialValue = 3)
package org.example.generatorscope;

import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
