package dev.strata.processor;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.List;

/** Turns validated view declarations into the immutable schema model. */
final class SchemaModeler {

  Schema model(List<DeclaredView> views) {
    return new Schema(
        views.stream()
            .map(view -> new ViewDefinition(view.name(), view.sql(), view.className()))
            .toList());
  }
}
