/** The shared sequence with another allocation size: it changes its increment. */
@SequenceGenerator(name = "numbers", sequenceName = "shared_numbers", allocationSize = 5)
package org.example.sharedsequence;

import jakarta.persistence.SequenceGenerator;
