package newssearch.item;

import java.util.List;

/**
 * The places an article names, as written and in order of first appearance, and the States they name or
 * imply, spelled as the site's list of participating States spells them.
 */
record FoundPlaces(List<String> places, List<String> countries) {

    FoundPlaces {
        places = List.copyOf(places);
        countries = List.copyOf(countries);
    }
}
