package org.unionaid.hardship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionaid.hardship.LeadSource;
import org.unionaid.hardship.LeadState;
import org.unionaid.shared.BusinessRuleException;

/** Every action in every state: allowed ones move the lead on, all others are refused and change nothing. */
class LeadTests {

    private static final Map<String, Consumer<Lead>> ACTIONS = Map.of(
            "assign", l -> l.assignTo(7L),
            "verify", Lead::startVerification,
            "file", l -> l.markFiled(99L),
            "refer", l -> l.refer("food bank"),
            "dismiss", l -> l.dismiss("moved away"));

    private static final Map<String, Set<LeadState>> ALLOWED_FROM = Map.of(
            "assign", EnumSet.of(LeadState.NEW, LeadState.ASSIGNED, LeadState.VERIFYING),
            "verify", EnumSet.of(LeadState.ASSIGNED, LeadState.VERIFYING),
            "file", EnumSet.of(LeadState.VERIFYING),
            "refer", EnumSet.of(LeadState.ASSIGNED, LeadState.VERIFYING),
            "dismiss", EnumSet.of(LeadState.NEW, LeadState.ASSIGNED, LeadState.VERIFYING));

    private static final Map<String, LeadState> TARGET = Map.of(
            "verify", LeadState.VERIFYING, "file", LeadState.FILED, "refer", LeadState.REFERRED,
            "dismiss", LeadState.DISMISSED);

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(LeadState.values()).flatMap(state -> ACTIONS.keySet().stream()
                .map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndAction")
    void actionIsAllowedExactlyFromItsStates(LeadState from, String action) {
        Lead lead = leadIn(from);
        if (ALLOWED_FROM.get(action).contains(from)) {
            ACTIONS.get(action).accept(lead);
            LeadState expected = action.equals("assign")
                    ? (from == LeadState.NEW ? LeadState.ASSIGNED : from) : TARGET.get(action);
            assertThat(lead.state()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> ACTIONS.get(action).accept(lead))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.code()).isEqualTo("lead.transition.illegal"));
            assertThat(lead.state()).isEqualTo(from);
        }
    }

    /** Drives a new lead along the legal path into the wanted state. */
    static Lead leadIn(LeadState state) {
        Lead lead = new Lead(1L, LeadSource.VOLUNTEER, "王某", null, null, null, null, "生病", 3L, null, null);
        switch (state) {
            case NEW -> { }
            case ASSIGNED -> lead.assignTo(7L);
            case VERIFYING -> {
                lead.assignTo(7L);
                lead.startVerification();
            }
            case FILED -> {
                lead.assignTo(7L);
                lead.startVerification();
                lead.markFiled(5L);
            }
            case REFERRED -> {
                lead.assignTo(7L);
                lead.refer("other help");
            }
            case DISMISSED -> lead.dismiss("duplicate");
        }
        assertThat(lead.state()).isEqualTo(state);
        return lead;
    }
}
