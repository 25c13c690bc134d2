package newssearch.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import newssearch.people.Holder;
import newssearch.people.OfficeView;
import newssearch.people.PersonItem;
import newssearch.people.PersonView;
import newssearch.people.RoleSpan;

/** The JSON shapes of {@code /api/people} and {@code /api/offices}; absent dates and roles become null. */
final class PeopleJson {

    private PeopleJson() {
    }

    static Map<String, Object> person(PersonView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", view.name());
        json.put("variants", view.variants());
        json.put("roles", view.roles().stream().map(PeopleJson::role).toList());
        json.put("items", view.items().stream().map(PeopleJson::item).toList());
        json.put("quotes", view.quotes());
        json.put("related", view.related().stream().map(count -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", count.value());
            person.put("count", count.count());
            return person;
        }).toList());
        json.put("countries", view.countries().stream().map(count -> {
            Map<String, Object> country = new LinkedHashMap<>();
            country.put("value", count.value());
            country.put("count", count.count());
            return country;
        }).toList());
        return json;
    }

    private static Map<String, Object> role(RoleSpan span) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("role", span.role());
        json.put("from", iso(span.from()));
        json.put("to", iso(span.to()));
        json.put("items", span.items());
        return json;
    }

    private static Map<String, Object> item(PersonItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("title", item.title());
        json.put("date", iso(item.date()));
        json.put("role", item.role().orElse(null));
        return json;
    }

    static Map<String, Object> offices(List<OfficeView> offices) {
        return Map.of("offices", offices.stream().map(PeopleJson::office).toList());
    }

    static Map<String, Object> office(OfficeView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("office", view.office());
        json.put("holders", view.holders().stream().map(PeopleJson::holder).toList());
        return json;
    }

    private static Map<String, Object> holder(Holder holder) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", holder.name());
        json.put("from", iso(holder.from()));
        json.put("to", iso(holder.to()));
        json.put("items", holder.items());
        return json;
    }

    private static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
