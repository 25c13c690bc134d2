package newssearch.item.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class OfficesTest {

    private static Optional<String> office(String role, String text) {
        return Offices.bundled().officeOf(role, text);
    }

    @Test
    void theFormsOfAnOfficeAreOneOffice() {
        String rfom = "OSCE Representative on Freedom of the Media";
        assertEquals(Optional.of(rfom), office("OSCE Representative on Freedom of the Media", ""));
        assertEquals(Optional.of(rfom), office("the Representative on Freedom of the Media", ""));
        assertEquals(Optional.of("ODIHR Director"), office("Director of the OSCE Office for Democratic Institutions"
                + " and Human Rights (ODIHR)", ""));
        assertEquals(Optional.of("OSCE Chairperson-in-Office"), office("OSCE Chairman-in-Office, Foreign Minister"
                + " of Poland", ""));
    }

    @Test
    void aPostAtAFieldOperationIsNamedAsTheSiteNamesTheOperation() {
        assertEquals(Optional.of("Head of the OSCE Centre in Ashgabat"), office("Head of the Centre in Ashgabat", ""));
        assertEquals(Optional.of("Head of the OSCE Centre in Ashgabat"), office("Head of the OSCE Centre in Ashgabat",
                ""));
        assertEquals(Optional.of("Deputy Head of the OSCE Programme Office in Dushanbe"),
                office("Deputy Head of the OSCE Programme Office in Dushanbe", ""));
    }

    @Test
    void aShortFormIsAnOfficeOnlyWhenTheItemSaysWhich() {
        assertEquals(Optional.of("OSCE Representative on Freedom of the Media"), office("the OSCE Representative",
                "Issued by: OSCE Representative on Freedom of the Media. The Representative said..."));
        assertEquals(Optional.empty(), office("the OSCE Representative", "The Representative visited Vienna."));
        assertEquals(Optional.of("OSCE PA Secretary General"), office("Secretary General",
                "The OSCE Parliamentary Assembly met in Vienna."));
        assertEquals(Optional.of("Head of the OSCE Programme Office in Dushanbe"), office("Head of the Programme Office",
                "the OSCE Programme Office in Dushanbe organized a course"));
    }

    @Test
    void aRoleNoOfficeKnowsStaysWithout() {
        assertEquals(Optional.empty(), office("Head of the Hydrology Department of the State Hydrometeorological"
                + " Service of Moldova", ""));
        assertEquals(Optional.empty(), office("Head of the ODIHR Election Observation Mission", ""));
    }
}
