package newssearch.item.places;

import java.util.List;

/**
 * The places an article names, as written and in order of first appearance, and the States they name or
 * imply, spelled as the site's list of participating States spells them.
 */
public record FoundPlaces(List<String> places, List<String> countries) {

    public FoundPlaces {
        places = List.copyOf(places);
        countries = List.copyOf(countries);
    }
}
