/** A generator for the package's entities that name it. */
@SequenceGenerator(name = "ledger", sequenceName = "ledger_numbers", allocationSize = 7)
package org.example.packagegenerator;

import jakarta.persistence.SequenceGenerator;
