package newssearch.bench;

import java.util.List;

/**
 * What synthetic pages are made of besides vocabulary: the site's content types, issuers, fields of work,
 * states, cities, people's names and the forms of roles, in the spellings real pages use. Lists are ordered
 * most common first; the generator draws from them with Zipf-like weights.
 */
final class SiteFacts {

    private SiteFacts() {
    }

    static final List<String> CONTENT_TYPES = List.of(
            "News Item", "Press Release", "Press statement", "Feature", "Statement", "Daily report",
            "Weekly report", "Spot report");

    static final List<String> ISSUERS = List.of(
            "OSCE Secretariat", "OSCE Office for Democratic Institutions and Human Rights",
            "OSCE Parliamentary Assembly", "OSCE Mission to Skopje", "OSCE Chairmanship",
            "OSCE Representative on Freedom of the Media", "OSCE Mission to Serbia", "OSCE Mission to Bosnia and Herzegovina",
            "OSCE Secretariat, Transnational Threats Department", "OSCE Programme Office in Astana",
            "OSCE Mission to Moldova", "OSCE Mission in Kosovo", "OSCE Presence in Albania",
            "OSCE High Commissioner on National Minorities", "OSCE Programme Office in Bishkek",
            "OSCE Centre in Ashgabat", "OSCE Mission to Montenegro", "OSCE Programme Office in Dushanbe",
            "OSCE Project Co-ordinator in Uzbekistan", "OSCE Special Monitoring Mission to Ukraine",
            "OSCE Project Co-ordinator in Ukraine", "OSCE Office in Yerevan (closed)",
            "OSCE Project Co-ordinator in Baku (closed)", "OSCE Special Representative and Co-ordinator for Combating "
                    + "Trafficking in Human Beings", "Conflict Prevention Centre");

    static final List<String> FIELDS_OF_WORK = List.of(
            "Human rights", "Elections", "Democratization", "Media freedom and development", "Good governance",
            "Rule of law", "Policing", "Countering terrorism", "Conflict prevention and resolution",
            "Border management", "Combating trafficking in human beings", "Gender equality",
            "Tolerance and non-discrimination", "Environmental activities", "Economic activities", "Education",
            "Youth", "Arms control", "National minority issues", "Reform and co-operation in the security sector",
            "Cyber/ICT Security", "Migration", "Roma and Sinti", "Media pluralism");

    /** State as the site's list spells it, and how articles also name it. */
    record State(String name, String inText) {
    }

    static final List<State> STATES = List.of(
            new State("Ukraine", "Ukraine"), new State("Serbia", "Serbia"), new State("Kazakhstan", "Kazakhstan"),
            new State("Bosnia and Herzegovina", "Bosnia and Herzegovina"), new State("Moldova", "Moldova"),
            new State("Germany", "Germany"), new State("Kyrgyzstan", "Kyrgyzstan"), new State("Albania", "Albania"),
            new State("North Macedonia", "North Macedonia"), new State("Georgia", "Georgia"),
            new State("Tajikistan", "Tajikistan"), new State("Austria", "Austria"),
            new State("Montenegro", "Montenegro"), new State("Armenia", "Armenia"),
            new State("Azerbaijan", "Azerbaijan"), new State("Uzbekistan", "Uzbekistan"),
            new State("Turkmenistan", "Turkmenistan"), new State("Russian Federation", "Russia"),
            new State("Türkiye", "Turkey"), new State("Czechia", "Czech Republic"), new State("Poland", "Poland"),
            new State("United States of America", "United States"), new State("Finland", "Finland"),
            new State("Switzerland", "Switzerland"), new State("Italy", "Italy"), new State("France", "France"),
            new State("Sweden", "Sweden"), new State("United Kingdom", "United Kingdom"),
            new State("Mongolia", "Mongolia"), new State("Croatia", "Croatia"), new State("Romania", "Romania"),
            new State("Belarus", "Belarus"), new State("Lithuania", "Lithuania"), new State("Latvia", "Latvia"),
            new State("Estonia", "Estonia"), new State("Greece", "Greece"), new State("Spain", "Spain"),
            new State("The Netherlands", "the Netherlands"), new State("Norway", "Norway"),
            new State("Ireland", "Ireland"), new State("Slovakia", "Slovakia"), new State("Hungary", "Hungary"),
            new State("Bulgaria", "Bulgaria"), new State("Canada", "Canada"), new State("Malta", "Malta"));

    /** City and the state it lies in (an index into {@link #STATES}), cities the gazetteer knows. */
    record City(String name, int state) {
    }

    static final List<City> CITIES = List.of(
            new City("Kyiv", 0), new City("Belgrade", 1), new City("Astana", 2), new City("Sarajevo", 3),
            new City("Chisinau", 4), new City("Berlin", 5), new City("Bishkek", 6), new City("Tirana", 7),
            new City("Skopje", 8), new City("Tbilisi", 9), new City("Dushanbe", 10), new City("Vienna", 11),
            new City("Podgorica", 12), new City("Yerevan", 13), new City("Baku", 14), new City("Tashkent", 15),
            new City("Ashgabat", 16), new City("Moscow", 17), new City("Ankara", 18), new City("Prague", 19),
            new City("Warsaw", 20), new City("Washington", 21), new City("Helsinki", 22), new City("Geneva", 23),
            new City("Rome", 24), new City("Strasbourg", 25), new City("Stockholm", 26), new City("London", 27),
            new City("Ulaanbaatar", 28), new City("Zagreb", 29), new City("Bucharest", 30), new City("Minsk", 31),
            new City("Vilnius", 32), new City("Riga", 33), new City("Tallinn", 34), new City("Athens", 35),
            new City("Madrid", 36), new City("The Hague", 37), new City("Oslo", 38), new City("Almaty", 2),
            new City("Osh", 6), new City("Mostar", 3), new City("Novi Sad", 1), new City("Kharkiv", 0),
            new City("Odesa", 0), new City("Samarkand", 15), new City("Bern", 23), new City("Tuzla", 3));

    static final List<String> FIRST_NAMES = List.of(
            "John", "Maria", "Alexander", "Anna", "Thomas", "Elena", "Peter", "Olga", "Michael", "Katarina", "David",
            "Ingrid", "Stefan", "Aigul", "Bernd", "Ivana", "Lamberto", "Helga", "Marcin", "Teresa", "Andreas", "Nino",
            "Giorgi", "Lejla", "Rustam", "Dilnoza", "Ralf", "Isabel", "Kairat", "Milica", "Arman", "Sofia", "Jan",
            "Tamar", "Pierre", "Ewa", "Sergei", "Gulnara", "Christian", "Jelena", "Miroslav", "Astrid", "Feridun",
            "Zarina", "Urdur", "Tatiana", "Lars", "Vesna", "Matteo", "Aleksandra");

    static final List<String> SURNAMES = List.of(
            "Schmidt", "Petrov", "Novak", "Horvat", "Kowalski", "Rossi", "Muller", "Ivanova", "Berisha", "Hoxha",
            "McGregor", "Heinze", "Santos", "Breth", "Stubb", "Zannier", "Nurlanov", "Aliyev", "Beridze", "Kovacs",
            "Lindqvist", "Jensen", "Dubois", "Fischer", "Popescu", "Sadykova", "Karimov", "Gasparyan", "Tomic",
            "Jovanovic", "Haldurdyyev", "Ismailova", "Andersen", "Virtanen", "Brennan", "Gunnarsdottir", "Sinirlioglu",
            "Greminger", "Schmid", "Ozturk", "Markovic", "Dzhaparov", "Tsereteli", "Lukasz", "Wagner", "Costa",
            "Rahimov", "Abdullaev", "Oliver", "Nielsen", "Keller", "Bauer", "Weber", "Moreau", "Romano", "Kuznetsov",
            "Bondarenko", "Shevchenko", "Mammadov", "Tokayev");

    /** Role forms; {state}, {city} and {org} are filled from the page's places. */
    static final List<String> ROLES = List.of(
            "Head of the OSCE Mission to {state}", "Ambassador of {state} to {state2}",
            "Minister of Foreign Affairs of {state}", "Head of the OSCE Centre in {city}",
            "Deputy Minister of Internal Affairs of {state}", "OSCE Representative on Freedom of the Media",
            "Director of the OSCE Office for Democratic Institutions and Human Rights",
            "OSCE High Commissioner on National Minorities", "OSCE Secretary General",
            "Head of the OSCE Programme Office in {city}", "Chairperson of the OSCE Parliamentary Assembly",
            "OSCE Chairperson-in-Office and Foreign Minister of {state}", "Mayor of {city}",
            "President of the Supreme Court of {state}", "Ombudsperson of {state}",
            "OSCE Co-ordinator of Activities to Address Transnational Threats",
            "Chief of Police of {city}", "a journalist from {city}", "Head of the OSCE Presence in {state}",
            "Special Representative of the OSCE Chairperson-in-Office");

    /** Recurring phrases, so that phrase queries find something; the site's own stock phrases. */
    static final List<String> PHRASES = List.of(
            "human rights", "rule of law", "civil society", "border management", "critical infrastructure",
            "media freedom", "participating States", "law enforcement", "national minorities", "gender equality",
            "violent extremism", "trafficking in human beings", "good governance", "freedom of expression",
            "election observation", "local self-government", "confidence-building measures", "cyber security",
            "money laundering", "hate crime");

    static final List<String> MONTHS = List.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");
}
