package newssearch.item.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import newssearch.item.Person;
import org.junit.jupiter.api.Test;

class PersonKeyTest {

    @Test
    void diacriticsCaseAndHonorificsAreFolded() {
        assertEquals(PersonKey.of("Katrín Jakobsdóttir"), PersonKey.of("Katrin Jakobsdottir"));
        assertEquals(PersonKey.of("Knut Vollebæk"), PersonKey.of("Knut Vollebaek"));
        assertEquals(PersonKey.of("Feridun Sinirlioğlu"), PersonKey.of("Ambassador Feridun Sinirlioglu"));
        assertEquals("janez lenarcic", PersonKey.of("Dr. Janez Lenarčič"));
    }

    @Test
    void middleNamesAndInitialsAreLeftOut() {
        assertEquals(PersonKey.of("Helga Maria Schmid"), PersonKey.of("Helga Schmid"));
        assertEquals(PersonKey.of("Michael Georg Link"), PersonKey.of("Michael G. Link"));
        assertEquals(PersonKey.of("Ingibjörg Sólrún Gísladóttir"), PersonKey.of("Ingibjorg Gisladottir"));
    }

    @Test
    void aSurnameKeepsItsParticles() {
        assertEquals("max van der stoel", PersonKey.of("Max van der Stoel"));
        assertEquals("marc de brichambaut", PersonKey.of("Marc Perrin de Brichambaut"));
    }

    @Test
    void peopleWhoShareASurnameOrAFirstNameAndInitialStayApart() {
        assertNotEquals(PersonKey.of("Nino Beridze"), PersonKey.of("Tengiz Beridze"));
        assertNotEquals(PersonKey.of("Anna K."), PersonKey.of("Anna Kovač"));
        assertNotEquals(PersonKey.of("J. McGregor"), PersonKey.of("John McGregor"));
    }

    @Test
    void aSurnameAloneTakesTheKeyOfTheOnePersonOfTheItemWhoseSurnameItIs() {
        Map<String, String> keys = PersonKey.of(List.of(Person.of("Teresa Ribeiro", "OSCE Representative on Freedom"
                + " of the Media"), Person.of("Ribeiro", null), Person.of("Berisha", null),
                Person.of("Arta Berisha", null), Person.of("Jeta Berisha", null)));
        assertEquals("teresa ribeiro", keys.get("Ribeiro"));
        assertEquals("berisha", keys.get("Berisha"));
    }
}
