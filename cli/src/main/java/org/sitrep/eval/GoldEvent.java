package org.sitrep.eval;

import org.sitrep.model.Span;

import java.util.List;
import java.util.Objects;

/**
 * A gold event mention of WikiEvents or RAMS.
 *
 * @param type      the corpus's type ("Conflict.Attack.DetonateExplode", "life.die.n/a")
 * @param family    its family under {@link KairosMapping}: "attack", "die", "injure", or null when Sitrep does not
 *                  score it
 * @param trigger   the trigger's span in the document text
 * @param arguments its arguments in the scored roles
 * @param count     for a death, the number of victims its victim argument states ("three people"), or null
 */
public record GoldEvent(String type, String family, Span trigger, List<GoldEventArgument> arguments, Integer count) {
    public GoldEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        arguments = List.copyOf(arguments);
    }
}
