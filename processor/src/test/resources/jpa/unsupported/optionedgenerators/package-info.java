/** A sequence generator with options, declared for the package's entities. */
@SequenceGenerator(name = "ledgers", options = "cache 5")
package com.example.unsupported.optionedgenerators;

import jakarta.persistence.SequenceGenerator;
