package newssearch.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchKeyTest {

    @Test
    void aSecondAppositionMayBeGivenOrLeftOut() {
        assertTrue(MatchKey.rolesAgree("OSCE Chairman-in-Office, Foreign Minister of Poland",
                "OSCE Chairman-in-Office"));
        assertTrue(MatchKey.rolesAgree("OSCE Chairman-in-Office", "OSCE Chairman-in-Office, Foreign Minister"));
    }

    @Test
    void shortFormsAndArticlesAreIgnored() {
        assertTrue(MatchKey.rolesAgree("Director of the Office for Democratic Institutions and Human Rights (ODIHR)",
                "director of Office for Democratic Institutions and Human Rights"));
    }

    @Test
    void theFirstPartMustBeTheSame() {
        assertFalse(MatchKey.rolesAgree("Head of the OSCE Mission to Skopje", "Head of the OSCE Mission"));
        assertFalse(MatchKey.rolesAgree("journalist, Vreme", "Croatian journalist, Vreme"));
    }

    @Test
    void partsOfBothSidesThatDifferDisagree() {
        assertFalse(MatchKey.rolesAgree("Chair, Committee on A", "Chair, Committee on B"));
    }

    @Test
    void anEmptyRoleAgreesOnlyWithAnEmptyOne() {
        assertTrue(MatchKey.rolesAgree("", ""));
        assertFalse(MatchKey.rolesAgree("", "Head of Mission"));
    }
}
