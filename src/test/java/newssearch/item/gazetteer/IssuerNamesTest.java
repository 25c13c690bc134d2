package newssearch.item.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class IssuerNamesTest {

    private static final String ODIHR = "OSCE Office for Democratic Institutions and Human Rights";

    @Test
    void otherNamesOfABodyFoldIntoTheSitesFullestName() {
        assertEquals(ODIHR, IssuerNames.canonical("Office for Democratic Institutions and Human Rights"));
        assertEquals(ODIHR, IssuerNames.canonical("ODIHR"));
        assertEquals(ODIHR, IssuerNames.canonical("office for democratic  institutions and human rights "));
        assertEquals(ODIHR, IssuerNames.canonical(ODIHR));
        assertEquals("OSCE Secretariat, Transnational Threats Department",
                IssuerNames.canonical("Transnational Threats Department"));
    }

    @Test
    void aNameTheTableDoesNotKnowStaysAsWritten() {
        assertEquals("OSCE Mission to Skopje", IssuerNames.canonical("OSCE Mission to Skopje"));
        assertEquals("OSCE Secretariat", IssuerNames.canonical("OSCE Secretariat"));
    }

    @Test
    void twoNamesOfOneBodyOnOnePageCountOnce() {
        assertEquals(List.of(ODIHR, "OSCE Parliamentary Assembly"), IssuerNames.canonical(
                List.of("Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly", ODIHR)));
    }
}
