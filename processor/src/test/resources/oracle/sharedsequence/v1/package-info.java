/** One sequence that the package's entities share. */
@SequenceGenerator(name = "numbers", sequenceName = "shared_numbers", allocationSize = 1)
package org.example.sharedsequence;

import jakarta.persistence.SequenceGenerator;
