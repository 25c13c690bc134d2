package newssearch.item.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import newssearch.item.NewsItem;
import newssearch.item.extract.Pages;

class PlaceFinderTest {

    @Test
    void aliasesFoldToTheSiteSpelling() {
        NewsItem item = Pages.article("Donors fund the project",
                "The project is funded by the USA, the Czech Republic, Turkey and the Kyrgyz Republic, "
                        + "with experts from the Republic of Moldova and the former Yugoslav Republic of Macedonia.");
        assertEquals(List.of("United States of America", "Czechia", "Türkiye", "Kyrgyzstan", "Moldova",
                "North Macedonia"), item.countries());
        assertEquals(List.of("USA", "Czech Republic", "Turkey", "Kyrgyz Republic", "Republic of Moldova",
                "former Yugoslav Republic of Macedonia"), item.places());
    }

    @Test
    void cityImpliesItsCountry() {
        NewsItem item = Pages.article("Seminar held", "A seminar was held in Brno and Thessaloniki.");
        assertEquals(List.of("Brno", "Thessaloniki"), item.places());
        assertEquals(List.of("Czechia", "Greece"), item.countries());
    }

    @Test
    void fieldOperationImpliesItsCountry() {
        NewsItem item = Pages.article("Training course", "The OSCE Mission to Skopje supported the course.");
        assertEquals(List.of("Skopje"), item.places());
        assertEquals(List.of("North Macedonia"), item.countries());
    }

    @Test
    void capitalisedDatelineCityCountsAsTheCity() {
        NewsItem item = Pages.item("dateline-em-dash-two-cities.txt");
        assertEquals(List.of("Stockholm", "Vienna"), item.places());
        assertEquals(List.of("Sweden", "Austria"), item.countries());
    }

    @Test
    void countryNamedOnlyInTheNavigationIsNotCounted() {
        NewsItem item = Pages.article("Youth forum", "A youth forum met in Tirana.");
        assertFalse(item.countries().contains("Estonia"), item.countries().toString());
        assertEquals(List.of("Albania"), item.countries());
    }

    @Test
    void adjectivesOfNationsAreNotPlaces() {
        NewsItem item = Pages.article("Turkmen and Georgian officials meet",
                "Turkmen and Georgian officials met Finnish experts.");
        assertEquals(List.of(), item.places());
    }

    @Test
    void unknownPlacesListedBesideAKnownOneArePlaces() {
        NewsItem item = Pages.article("Police courses", "Courses were held in Zhabljak, Pljevlja and Podgorica.");
        assertEquals(List.of("Zhabljak", "Pljevlja", "Podgorica"), item.places());
        assertEquals(List.of("Montenegro"), item.countries());
    }

    @Test
    void unknownNameAfterInThatEndsThePhraseIsAPlace() {
        NewsItem item = Pages.article("Leaders meet", "The leaders met yesterday in Sochkino between two rounds.");
        assertEquals(List.of("Sochkino"), item.places());
    }

    @Test
    void nameBeforeProvinceIsAPlaceWithTheNoun() {
        NewsItem item = Pages.article("Centre opens", "A centre opened in Dilijan, the capital of Lori province.");
        assertEquals(List.of("Dilijan", "Lori province"), item.places());
    }

    @Test
    void kosovoIsAPlaceWithoutACountry() {
        NewsItem item = Pages.article("Mission supports municipalities", "The OSCE Mission in Kosovo held a course.");
        assertEquals(List.of("Kosovo"), item.places());
        assertEquals(List.of(), item.countries());
    }

    @Test
    void capitalisedAreaNounAfterANameIsAPlaceWithTheNoun() {
        NewsItem item = Pages.article("Teachers meet", "Teachers met in Podgorica with officials of Zenica-Doboj Canton.");
        assertEquals(List.of("Podgorica", "Zenica-Doboj Canton"), item.places());
    }

    @Test
    void namesListedAfterTheirKindAndOfArePlaces() {
        NewsItem item = Pages.article("Visit to the regions",
                "He travelled to the regions of Shida Kartli and Racha Lechkhumi and the town of Dusheti.");
        assertEquals(List.of("Shida Kartli", "Racha Lechkhumi", "Dusheti"), item.places());
    }

    @Test
    void unknownNameAfterASentenceOpeningInIsAPlace() {
        NewsItem item = Pages.article("Visit", "In Ghazni, the team met officials. In Response to the visit, "
                + "the ministry wrote a letter. In Vienna, the team reported back.");
        assertEquals(List.of("Ghazni", "Vienna"), item.places());
    }

    @Test
    void partnerCapitalImpliesItsState() {
        NewsItem item = Pages.article("Conference", "The conference was held in Seoul on Monday.");
        assertEquals(List.of("Seoul"), item.places());
        assertEquals(List.of("South Korea"), item.countries());
    }

    @Test
    void aNameWrittenInTwoLanguagesWithASlashIsOnePlace() {
        NewsItem item = Pages.article("Dialogue in the north", "Officials from Zveçan/Zvečan and Kamenicë/Kamenica met.");
        assertEquals(List.of("Zveçan/Zvečan", "Kamenicë/Kamenica"), item.places());
    }

    @Test
    void aBilingualDatelineIsOnePlaceAndTwoStatesCitiesAreTwo() {
        NewsItem bilingual = Pages.article("Round table held",
                "MITROVICË/MITROVICA, 14 March 2022 – Officials met at a round table.");
        assertEquals(List.of("Mitrovicë/Mitrovica"), bilingual.places());
        NewsItem twoCities = Pages.article("Statement issued", "STOCKHOLM/VIENNA, 14 March 2022 – A statement.");
        assertEquals(List.of("Stockholm", "Vienna"), twoCities.places());
    }

    @Test
    void continentsSeasAndCompassRegionsArePlacesOfNoState() {
        NewsItem item = Pages.article("Ports co-operate", "Experts from Europe and North America met on the "
                + "Caspian Sea and the Aral Sea to discuss South East Europe and Eastern Europe.");
        assertEquals(List.of("Europe", "North America", "Caspian Sea", "Aral Sea", "South East Europe",
                "Eastern Europe"), item.places());
        assertEquals(List.of(), item.countries());
    }

    @Test
    void aPlaceInsideTheNameOfABodyCounts() {
        NewsItem item = Pages.article("Report presented", "The Council of Europe presented a report.");
        assertEquals(List.of("Europe"), item.places());
    }

    @Test
    void anEntityOfAStateIsOnePlace() {
        NewsItem item = Pages.article("Parliaments meet", "Members of the parliament of the Federation of Bosnia "
                + "and Herzegovina met officials of the Gorno-Badakhshan Autonomous Region of Tajikistan.");
        assertEquals(List.of("Federation of Bosnia and Herzegovina", "Gorno-Badakhshan Autonomous Region",
                "Tajikistan"), item.places());
        assertEquals(List.of("Bosnia and Herzegovina", "Tajikistan"), item.countries());
    }

    @Test
    void placesVisitedNearOrBetweenAreTakenWhereNoGazetteerKnowsThem() {
        NewsItem item = Pages.article("Patrols", "Monitors visited Dolna Banja and Gorni Rid, then stopped near "
                + "Velki Dol.", "The bridge between Malo Selo and Bychok reopened.");
        assertEquals(List.of("Dolna Banja", "Gorni Rid", "Velki Dol", "Malo Selo", "Bychok"), item.places());
    }

    @Test
    void namesListedBeforeAKindNounArePlaces() {
        NewsItem item = Pages.article("Water restored", "The pipes reach Popasna, Zolote and Hirske, towns near "
                + "the line, and Bužim and Kalesija, two small municipalities.");
        assertEquals(List.of("Popasna", "Zolote", "Hirske", "Bužim", "Kalesija"), item.places());
    }

    @Test
    void aPlaceAfterAPostAndOfIsTheOneThePostServes() {
        NewsItem item = Pages.article("Mayors meet", "Ema Novak, Mayor of Bosanska Gradina, spoke.");
        assertEquals(List.of("Bosanska Gradina"), item.places());
    }

    @Test
    void aNameFollowedByANumberIsABroadcasterNotAPlace() {
        NewsItem item = Pages.article("Debate aired", "The debate was aired by Kanal 5 in Skopje.");
        assertEquals(List.of("Skopje"), item.places());
    }

    @Test
    void aLakeIsOnePlaceBeforeOrAfterItsName() {
        NewsItem item = Pages.article("Lakes", "They cleaned the shores of Lake Ohrid, Lake Sevan and Ujman/Gazivoda Lake.");
        assertEquals(List.of("Lake Ohrid", "Lake Sevan", "Ujman/Gazivoda Lake"), item.places());
    }

    @Test
    void aRiverAfterTheIsNoPlace() {
        NewsItem item = Pages.article("Both banks", "Young people from both banks of the Ibar/Ibër met in Zveçan/Zvečan.");
        assertEquals(List.of("Zveçan/Zvečan"), item.places());
    }

    @Test
    void anUnknownNameAfterFromNearOrAroundIsAPlace() {
        NewsItem item = Pages.article("Course", "Inspectors from Pogradec took part, and the villages near "
                + "Fort-Shevchenko have a say on the land around Muynak.");
        assertEquals(List.of("Pogradec", "Fort-Shevchenko", "Muynak"), item.places());
    }

    @Test
    void aMediumAfterJournalistsFromIsNoPlace() {
        NewsItem item = Pages.article("Talks", "He spoke with journalists from Euronews and visited Tirana.");
        assertEquals(List.of("Tirana"), item.places());
    }

    @Test
    void namesInACompassPartOfTheCountryArePlaces() {
        NewsItem item = Pages.article("Observers", "They visited every province, from Shirak and Lori in the north "
                + "to Syunik in the south, and went from Batumi to Marneuli.");
        assertEquals(List.of("Shirak", "Lori", "Syunik", "Batumi", "Marneuli"), item.places());
    }

    @Test
    void aPlaceNamingADocumentIsNoPlace() {
        NewsItem item = Pages.article("Climate", "Plans under the Paris Agreement were discussed in Tashkent.");
        assertEquals(List.of("Tashkent"), item.places());
        assertEquals(List.of("Uzbekistan"), item.countries());
    }

    @Test
    void aLanguageInAListOfLanguagesIsNoPlace() {
        NewsItem item = Pages.article("Schools", "Pupils in Comrat learn in Gagauz, Romanian and Russian.");
        assertEquals(List.of("Comrat"), item.places());
    }

    @Test
    void aRepublicInsideAStateAndACompassPartOfAStateArePlaces() {
        NewsItem item = Pages.article("Water", "The drying of the Aral Sea hurts the Republic of Karakalpakstan, "
                + "and police work in South Serbia goes on.");
        assertEquals(List.of("Aral Sea", "Republic of Karakalpakstan", "South Serbia"), item.places());
        assertEquals(List.of("Uzbekistan", "Serbia"), item.countries());
    }

    @Test
    void aPortIsNamedByItsKind() {
        NewsItem item = Pages.article("Port", "Participants visited the port of Chornomorsk on the Black Sea.");
        assertEquals(List.of("Chornomorsk", "Black Sea"), item.places());
    }

    @Test
    void aStateNameListedAmongThePartsOfAnotherStateIsItsNamesake() {
        NewsItem item = Pages.article("Observers deployed",
                "Observers were present in Ohio, Nevada and Georgia, as well as in the District of Columbia.");
        assertEquals(List.of("Ohio", "Nevada", "Georgia", "District of Columbia"), item.places());
        assertEquals(List.of("United States of America"), item.countries());
    }

    @Test
    void aStateNameListedWithOtherStatesIsTheState() {
        NewsItem item = Pages.article("Talks held", "Experts from Armenia, Azerbaijan and Georgia met in Kyiv.");
        assertEquals(List.of("Armenia", "Azerbaijan", "Georgia", "Ukraine"), item.countries());
    }

    @Test
    void aKnownPlaceBeforeALowerCaseRegionNounIsTheRegion() {
        NewsItem item = Pages.article("Water restored", "Water was restored in the Luhansk region.");
        assertEquals(List.of("Luhansk region"), item.places());
        assertEquals(List.of("Ukraine"), item.countries());
    }

    @Test
    void bothNamesOfABilingualPlaceMayHaveTwoWords() {
        NewsItem item = Pages.article("Students meet",
                "Students came from Gjakovë/Đakovica and Bardhi Madh/Veliki Belaćevac to the event.");
        assertEquals(List.of("Gjakovë/Đakovica", "Bardhi Madh/Veliki Belaćevac"), item.places());
    }

    @Test
    void aBorderPostNamesItsTown() {
        NewsItem item = Pages.article("Field visit", "Participants observed the work at the Dusti Obod crossing point.");
        assertEquals(List.of("Dusti Obod"), item.places());
    }

    @Test
    void theStateOfAStateNameIsAPartOfTheStateThePageNames() {
        NewsItem item = Pages.article("Recount completed",
                "The recount in the state of Georgia ended, officials in Atlanta said.");
        assertEquals(List.of("Georgia", "Atlanta"), item.places());
        assertEquals(List.of("United States of America"), item.countries());
    }

    @Test
    void anUnknownNameBeforeALowerCaseAreaNounIsWrittenWithIt() {
        NewsItem item = Pages.article("Course ends", "NGOs from Tavrunik province met in Yerevan.",
                "Graduates will serve in Osh, Jalal-Abad and Zarafshon region.");
        assertEquals(List.of("Tavrunik province", "Yerevan", "Osh", "Jalal-Abad", "Zarafshon region"),
                item.places());
    }

    @Test
    void theBalticStatesAreARegionAndTheRepublicOfKoreaIsSouthKorea() {
        NewsItem item = Pages.article("Visits", "He visited the Baltic States and the Republic of Korea.");
        assertEquals(List.of("Baltic States", "Republic of Korea"), item.places());
        assertEquals(List.of("South Korea"), item.countries());
    }

    @Test
    void aTownsNameMayHoldLowerCaseParticles() {
        NewsItem item = Pages.article("Schools visited", "The team visited schools in Nové Mesto nad Váhom, "
                + "and then in Offenbach am Main.");
        assertEquals(List.of("Nové Mesto nad Váhom", "Offenbach am Main"), item.places());
        assertEquals(List.of("Germany"), item.countries());
    }

    @Test
    void romanianAndAlbanianParticlesBelongToATownsName() {
        NewsItem item = Pages.article("Samples taken", "In Valea lui Vlad, the team took samples.",
                "Officers from Kyiv and Kodra i Lartë/Gornji Breg took part.");
        assertEquals(List.of("Valea lui Vlad", "Kyiv", "Kodra i Lartë/Gornji Breg"), item.places());
    }

    @Test
    void aWordBeforeStateUniversityNamesItsTown() {
        NewsItem item = Pages.article("Clean-up", "Students of Kotayk State University and the Harvard University "
                + "team met. Ivane Javakhishvili State University sent teachers.");
        assertEquals(List.of("Kotayk"), item.places());
    }

    @Test
    void anArticleAfterATownIsNoParticle() {
        NewsItem item = Pages.article("Delegation arrives", "The delegation arrived in Kyiv an Hour after the start.");
        assertEquals(List.of("Kyiv"), item.places());
    }

    @Test
    void aRegionsNameShapedAsAnAdjectiveIsAPlaceBeforeTheNounOfItsKind() {
        NewsItem item = Pages.article("Visit to the islands", "She travelled to the Dodecanese region, where "
                + "she met fishermen.", "Later she visited the Georgian region of Kakheti.");
        assertEquals(List.of("Dodecanese region", "Kakheti"), item.places());
    }

    @Test
    void aStateNamedAfterOnePartOfAnotherStateIsTheState() {
        NewsItem item = Pages.article("Ferries", "Ferries sail daily between Sicily and Malta.");
        assertEquals(List.of("Sicily", "Malta"), item.places());
        assertEquals(List.of("Italy", "Malta"), item.countries());
    }

    @Test
    void aCapitalOfAStateOutsideTheOsceImpliesThatState() {
        NewsItem item = Pages.article("Partners meet", "Experts met in Beirut and Tripoli.");
        assertEquals(List.of("Lebanon", "Libya"), item.countries());
    }

    @Test
    void aStatesOfficialNameIsThatState() {
        NewsItem item = Pages.article("Law adopted", "The National Council of the Slovak Republic adopted the law.");
        assertEquals(List.of("Slovak Republic"), item.places());
        assertEquals(List.of("Slovakia"), item.countries());
    }

    @Test
    void anAreaNameOfTwoWordsBeforeItsNounIsOnePlace() {
        NewsItem item = Pages.article("Schools", "Schools in Yeghegnadzor in the Vayots Dzor province were visited.",
                "In Kvarsh Dzor region, teachers met.");
        assertEquals(List.of("Yeghegnadzor", "Vayots Dzor province", "Kvarsh Dzor region"), item.places());
    }

    @Test
    void aNameAfterToAndANounOrVerbOfMovingIsATown() {
        NewsItem item = Pages.article("Refugees", "Families waited for a bus to Medyka.",
                "Many fled to Isaccea, where volunteers met them. The vote was moved to March.",
                "The meeting then moved to Transparency International offices.");
        assertEquals(List.of("Medyka", "Isaccea"), item.places());
    }

    @Test
    void anUnknownNameAfterFromBeforeACommaAndASmallWordIsAPlace() {
        NewsItem item = Pages.article("Farmers", "Farmers from Varnesti, in the Orhei district, spoke to the "
                + "team.");
        assertEquals(List.of("Varnesti", "Orhei district"), item.places());
    }

    @Test
    void autonomousRepublicsAndRegionsImplyTheirState() {
        NewsItem item = Pages.article("Visit", "She travelled to Naberezhnye Chelny and on to the capital of "
                + "Tatarstan, then to Ajara.");
        assertEquals(List.of("Naberezhnye Chelny", "Tatarstan", "Ajara"), item.places());
        assertEquals(List.of("Russian Federation", "Georgia"), item.countries());
    }

    @Test
    void theHornOfAfricaIsOneRegion() {
        NewsItem item = Pages.article("Forum", "Instability in the Sahel and in the Horn of Africa drives migration.");
        assertEquals(List.of("Sahel", "Horn of Africa"), item.places());
        assertEquals(List.of(), item.countries());
    }

    @Test
    void namesAfterAPluralKindNounOfAreasAndIncludingArePlaces() {
        NewsItem item = Pages.article("Hearings", "Hearings were held in its administrative units, including Vrell "
                + "and Dushk near the lake, and in border villages such as Zarn.");
        assertEquals(List.of("Vrell", "Dushk", "Zarn"), item.places());
    }

    @Test
    void theMainIslandsOfParticipatingStatesArePlaces() {
        NewsItem item = Pages.article("Migration", "On Lesvos and Gotland the delegation met local officials.");
        assertEquals(List.of("Lesvos", "Gotland"), item.places());
        assertEquals(List.of("Greece", "Sweden"), item.countries());
    }
}
