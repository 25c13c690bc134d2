package newssearch.item.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import newssearch.item.NewsItem;
import newssearch.item.extract.Pages;

class PeopleFinderTest {

    /** People as "name | role" lines, "-" for no role, in the order the item lists them. */
    private static List<String> people(NewsItem item) {
        return item.people().stream().map(p -> p.name() + " | " + p.role().orElse("-")).toList();
    }

    @Test
    void roleAfterNameBehindAComma() {
        NewsItem item = Pages.article("Workshop on soft targets", "A workshop was held in Ashgabat.",
                "“Protection matters,” said Marek Duda, Head of the OSCE Centre in Ashgabat. “We will go on.”");
        assertEquals(List.of("Marek Duda | Head of the OSCE Centre in Ashgabat"), people(item));
    }

    @Test
    void honorificIsDroppedAndTheRoleAfterItIsKept() {
        NewsItem item = Pages.article("Conference opens", "The conference opened in Vienna.",
                "Ambassador Ilse Vahter, OSCE Co-ordinator of Economic and Environmental Activities, opened it.",
                "Dr. Petra Holm and Mr Jonas Berg also spoke.");
        assertEquals(List.of("Ilse Vahter | OSCE Co-ordinator of Economic and Environmental Activities",
                "Petra Holm | -", "Jonas Berg | -"), people(item));
    }

    @Test
    void roleBeforeNameWithoutComma() {
        NewsItem item = Pages.article("Officials meet", "Officials met in Ashgabat.",
                "“We welcome this,” said Deputy Minister of Internal Affairs of Turkmenistan Merdan Orazov.");
        assertEquals(List.of("Merdan Orazov | Deputy Minister of Internal Affairs of Turkmenistan"), people(item));
    }

    @Test
    void roleBeforeTheCommaGoesToTheNameAfterIt() {
        NewsItem item = Pages.article("Visit to Tbilisi",
                "The Secretary General met the Prime Minister of Georgia, Levan Kiknadze, "
                        + "President Nino Abashidze and Parliament Chairperson Davit Lomidze in Tbilisi.");
        assertEquals(List.of("Levan Kiknadze | Prime Minister of Georgia", "Nino Abashidze | President",
                "Davit Lomidze | Parliament Chairperson"), people(item));
    }

    @Test
    void roleBetweenTwoNamesBelongsToTheFirst() {
        NewsItem item = Pages.article("Talks on the conflict",
                "He met Boris Volkov, President of the Russian Federation, Aram Petrosyan, President of Armenia, "
                        + "and Elnur Mammadov, President of Azerbaijan.");
        assertEquals(List.of("Boris Volkov | President of the Russian Federation",
                "Aram Petrosyan | President of Armenia", "Elnur Mammadov | President of Azerbaijan"), people(item));
    }

    @Test
    void lowerCaseRoleAfterAnArticleRunsToTheComma() {
        NewsItem item = Pages.article("Attack on journalist",
                "The attack on Goran Vukic, a columnist of the weekly Pogled, must be investigated.");
        assertEquals(List.of("Goran Vukic | columnist of the weekly Pogled"), people(item));
    }

    @Test
    void roleAfterAsWhenNoneStandsBesideTheName() {
        NewsItem item = Pages.article("Ambassador Karl Weber appointed as Head of OSCE Mission to Skopje",
                "Ambassador Karl Weber of Austria took up his post as the new Head of the OSCE Mission to Skopje.");
        assertEquals(List.of("Karl Weber | Head of the OSCE Mission to Skopje"), people(item));
    }

    @Test
    void organisationsAndPlacesAreNotPeople() {
        NewsItem item = Pages.article("Election commission trains staff",
                "The Central Election Commission and Human Rights Watch met the Supreme Court in Banja Luka.",
                "The Aarhus Convention and the Democracy Week were discussed with the United Nations Office.",
                "Experts from the Berlin Police Department joined the Committee on Democracy, Human Rights "
                        + "and Humanitarian Questions.");
        assertEquals(List.of(), people(item));
    }

    @Test
    void personIsListedOnceAndASurnameAloneAddsNoOne() {
        NewsItem item = Pages.article("Visit", "Teodor Lindqvist, Head of the OSCE Office, visited the town.",
                "Lindqvist said the visit was useful. Teodor Lindqvist will return in May.");
        assertEquals(List.of("Teodor Lindqvist | Head of the OSCE Office"), people(item));
    }

    @Test
    void twoParticlesStayInsideTheNameAndTheSurnameAloneIsTheSamePerson() {
        NewsItem item = Pages.article("Handbook presented",
                "The handbook was written with Pieter van den Broek, a retired judge from Estonia.",
                "Van den Broek said it would be used in training.");
        assertEquals(List.of("Pieter van den Broek | retired judge from Estonia"), people(item));
    }

    @Test
    void doubleSurnameAloneIsTheSamePerson() {
        NewsItem item = Pages.article("Study launched",
                "A study is led by Ms. Milica Radić Petrović, a media researcher at the University of Niš.",
                "Radić Petrović said the study would take a year.");
        assertEquals(List.of("Milica Radić Petrović | media researcher at the University of Niš"), people(item));
    }

    @Test
    void nameAfterTheIsABodyAndItsRoleGoesToThePersonAfterTheComma() {
        NewsItem item = Pages.article("Delegation visits parliament",
                "The delegation met the Chairman of the Verkhovna Rada, Oleksandr Kovalenko, in the capital.");
        assertEquals(List.of("Oleksandr Kovalenko | Chairman of the Verkhovna Rada"), people(item));
    }

    @Test
    void lowerCaseRoleWordRightBeforeTheName() {
        NewsItem item = Pages.article("Call for release",
                "She called for the release of all jailed reporters, including journalist Ales Kuzmich.");
        assertEquals(List.of("Ales Kuzmich | journalist"), people(item));
    }

    @Test
    void roleAfterTheOriginOfAPerson() {
        NewsItem item = Pages.article("Delegation visit",
                "Ms. Liisa Korhonen of Finland, the Assembly’s Special Representative on Migration, joined them.");
        assertEquals(List.of("Liisa Korhonen | Assembly’s Special Representative on Migration"), people(item));
    }

    @Test
    void lastEnglishWordOfARoleJoinedByAndIsNotTheNamesFirst() {
        NewsItem item = Pages.article("Chair travels",
                "The Minister for Foreign and European Affairs and Trade Joseph Camilleri will travel to Baku.");
        assertEquals(List.of("Joseph Camilleri | Minister for Foreign and European Affairs and Trade"), people(item));
    }

    @Test
    void placesNamedAfterTheirKindAreNotPeople() {
        NewsItem item = Pages.article("Visit to the regions",
                "He travelled to the regions of Shida Kartli and Racha Lechkhumi, where he met teachers.");
        assertEquals(List.of(), people(item));
    }

    @Test
    void aNameAfterThePrepositionOfAPlaceOrAVisitIsNoPerson() {
        NewsItem item = Pages.article("Patrols meet residents", "Monitors visited Dolna Banja and talked to residents.",
                "Later they drove to a school near Gorna Kotlina, where Anton Velikov, Head of the school, spoke.");
        assertEquals(List.of("Anton Velikov | Head of the school"), people(item));
    }

    @Test
    void aMediumNamedAfterItsNounOrAfterToldIsNoPerson() {
        NewsItem item = Pages.article("Reporters trained", "Reporters from the daily Vecherni Glas took part.",
                "Sanja Petrova told Radio Zora that the portal Nova Rech was blocked, and told Dnevni Vestnik the same.");
        assertEquals(List.of("Sanja Petrova | -"), people(item));
    }

    @Test
    void aNameThatStandsForAPlaceElsewhereOnThePageIsNoPerson() {
        NewsItem item = Pages.article("Schools visited", "Teachers from Kvemo Sagani met at the ministry.",
                "The project also works in Kvemo Sagani and in Ashgabat.");
        assertEquals(List.of(), people(item));
        assertEquals(List.of("Kvemo Sagani", "Ashgabat"), item.places());
    }

    @Test
    void aSurnameThatSpeaksAloneMarksTheFullName() {
        NewsItem item = Pages.article("Schools visited", "Teachers met Marta Dobreva in Ashgabat.",
                "“We will go on,” Dobreva said. The team then met teachers in Marta Dobreva’s school.");
        assertEquals(List.of("Marta Dobreva | -"), people(item));
    }

    @Test
    void regionsAndCompassWordsAreNoNames() {
        NewsItem item = Pages.article("Envoy appointed", "The envoy met editors of Politico Europe.",
                "Ivo Marek, Special Representative on South East Europe, met Western Balkan ministers.");
        assertEquals(List.of("Ivo Marek | Special Representative on South East Europe"), people(item));
    }

    @Test
    void aCapitalisedEnglishWordOpeningASentenceStartsNoBareName() {
        NewsItem item = Pages.article("Classes open", "“Knowing Georgian helps,” the teachers wrote.");
        assertEquals(List.of(), people(item));
    }

    @Test
    void wordsOfOriginBelongToTheRole() {
        NewsItem item = Pages.article("Journalists attacked", "On Monday, Croatian journalist Ana Kovač was attacked.",
                "The case was raised by Goran Babić, a Bosnian economist and researcher at a think tank in Sarajevo.");
        assertEquals(List.of("Ana Kovač | Croatian journalist",
                "Goran Babić | Bosnian economist and researcher at a think tank in Sarajevo"), people(item));
    }

    @Test
    void aLowerCaseRoleBeforeTheCommaIsTheNextNamesRole() {
        NewsItem item = Pages.article("Mission reports", "The head of the mission, Ambassador Jan Holm of Norway, "
                + "presented the report.");
        assertEquals(List.of("Jan Holm | head of the mission"), people(item));
    }

    @Test
    void aRoleGoesOnThroughCapitalisedWordsPlacesAndAnd() {
        NewsItem item = Pages.article("Officials meet", "Officials met in Vienna.",
                "Present were Ema Novak, Mayor of Bosanska Gradina, and Petar Ilić, Deputy Director of the Border "
                        + "Service and Head of its Training Department, as well as Eva Berg, Special Co-ordinator and "
                        + "leader of the short-term observers.",
                "Also present was the Commissioner for Neighbourhood and Enlargement, Olaf Krantz.");
        assertEquals(List.of("Ema Novak | Mayor of Bosanska Gradina",
                "Petar Ilić | Deputy Director of the Border Service and Head of its Training Department",
                "Eva Berg | Special Co-ordinator and leader of the short-term observers",
                "Olaf Krantz | Commissioner for Neighbourhood and Enlargement"), people(item));
    }

    @Test
    void aRoleTakesALowerCaseTailToTheEndOfTheApposition() {
        NewsItem item = Pages.article("Survey presented", "A survey was presented in Ashgabat.",
                "Lana Orlić, Director of the Office for Returns in the municipality, presented it.");
        assertEquals(List.of("Lana Orlić | Director of the Office for Returns in the municipality"), people(item));
    }

    @Test
    void commasOfAMinistrysNameStayInTheRoleBeforeTheName() {
        NewsItem item = Pages.article("Minister visits", "The Minister of Education, Science and Sport, Nika Beridze, "
                + "visited a school.");
        assertEquals(List.of("Nika Beridze | Minister of Education, Science and Sport"), people(item));
    }

    @Test
    void aPersonNamedAfterToOrFromElsewhereStaysAPerson() {
        NewsItem item = Pages.article("Report published", "Teachers met Marta Dobreva in Ashgabat.",
                "According to Marta Dobreva, a letter from Marta Dobreva reached the ministry.");
        assertEquals(List.of("Marta Dobreva | -"), people(item));
    }

    @Test
    void aPersonDescribedAfterAComesFromAPlace() {
        NewsItem item = Pages.article("Course ends", "Mira Kovač, a seamstress from Dobrinja, received an order.",
                "Arben Hoxha, a cadet from the village of Lučane, spoke.");
        assertEquals(List.of("Mira Kovač | seamstress from Dobrinja", "Arben Hoxha | cadet from the village of Lučane"),
                people(item));
    }

    @Test
    void aBodysNameEndingInLowerCaseStaysInTheRole() {
        NewsItem item = Pages.article("Talks held", "Dilshod Yusupov, Chair of the Osh regional branch of the "
                + "Assembly of People of Kyrgyzstan, and Andreas Loizou, Head of the OSCE PA delegation, met.");
        assertEquals(List.of("Dilshod Yusupov | Chair of the Osh regional branch of the Assembly of People of Kyrgyzstan",
                "Andreas Loizou | Head of the OSCE PA delegation"), people(item));
    }

    @Test
    void theClauseOfAVerbOfOfficeIsTheRole() {
        NewsItem item = Pages.article("Cadets graduate", "The cadets thanked Ambassador Jan Braathu, who heads the OSCE "
                + "Mission to Serbia.");
        assertEquals(List.of("Jan Braathu | heads the OSCE Mission to Serbia"), people(item));
    }

    @Test
    void aPluralRoleBeforeTwoNamesIsBoth() {
        NewsItem item = Pages.article("Visit ends", "The Special Representatives of the OSCE Chairman-in-Office on "
                + "Youth and Security, Elif Demirci and Jonas Brenner, today concluded a visit.");
        assertEquals(List.of("Elif Demirci | Special Representatives of the OSCE Chairman-in-Office on Youth and Security",
                "Jonas Brenner | Special Representatives of the OSCE Chairman-in-Office on Youth and Security"),
                people(item));
    }

    @Test
    void modifiersBetweenAnOriginAndARoleWordStayInTheRole() {
        NewsItem item = Pages.article("Hearing held", "It was opened by Kazakh environmental journalist Saule Ismailova "
                + "and Kazakh hydrologist Aigerim Seitkali.");
        assertEquals(List.of("Saule Ismailova | Kazakh environmental journalist",
                "Aigerim Seitkali | Kazakh hydrologist"), people(item));
    }

    @Test
    void aPolicyOrADayIsNoPerson() {
        NewsItem item = Pages.article("Day marked", "On International Mother Language Day, the European Commissioner "
                + "for European Neighbourhood Policy and Enlargement Negotiations, Karel Vondráček, spoke.");
        assertEquals(List.of("Karel Vondráček | European Commissioner for European Neighbourhood Policy and "
                + "Enlargement Negotiations"), people(item));
    }

    @Test
    void aPluralFormOfAddressOpensAListThatSharesTheRole() {
        NewsItem item = Pages.article("Statement by the Co-Chairs",
                "The Co-Chairs of the OSCE Minsk Group (Ambassadors Pavel Orlov of the Russian Federation, "
                        + "Luc Marchetti of France, and Daniel Hale of the United States of America) met today.");
        assertEquals(List.of("Pavel Orlov | Co-Chairs of the OSCE Minsk Group",
                "Luc Marchetti | Co-Chairs of the OSCE Minsk Group",
                "Daniel Hale | Co-Chairs of the OSCE Minsk Group"), people(item));
    }

    @Test
    void aRoleUsedAsATitleIsNotPartOfTheName() {
        NewsItem item = Pages.article("Visit to Edinburgh", "In Edinburgh he met Lord Advocate Ewan Baird.",
                "The candidates were former Vice-President Tom Harlan and Parliamentary Under-Secretary of State "
                        + "for Safeguarding, Anna Roe.");
        assertEquals(List.of("Ewan Baird | Lord Advocate", "Tom Harlan | former Vice-President",
                "Anna Roe | Parliamentary Under-Secretary of State for Safeguarding"), people(item));
    }

    @Test
    void lowerCaseRolesAfterAnArticleOrAPossessive() {
        NewsItem item = Pages.article("Network meets",
                "Dilnoza Rahimova, a captain in the Border Troops, said the course helped.",
                "“We meet often,” said Mira Kovač, the Network’s co-ordinator and a police inspector in Bar.");
        assertEquals(List.of("Dilnoza Rahimova | captain in the Border Troops",
                "Mira Kovač | Network’s co-ordinator and a police inspector in Bar"), people(item));
    }

    @Test
    void aLowerCaseRoleEndsBeforeARelativeClauseThatNamesNoBody() {
        NewsItem item = Pages.article("Lake monitoring",
                "Mariam Petrosyan, a chemistry teacher from Dilijan who trained the pupils, said they learned much.",
                "“It worked,” said Karl Berger, a member of the Federal Council who headed the OSCE PA delegation.");
        assertEquals(List.of("Mariam Petrosyan | chemistry teacher from Dilijan",
                "Karl Berger | member of the Federal Council who headed the OSCE PA delegation"), people(item));
    }

    @Test
    void aBodyAfterOfTheIsTheAffiliation() {
        NewsItem item = Pages.article("Border course",
                "The delegation was headed by Colonel Rustam Nazarov of the State Border Service of Tajikistan.",
                "Colonel Aida Beks of the Russian Federation also spoke.");
        assertEquals(List.of("Rustam Nazarov | State Border Service of Tajikistan", "Aida Beks | -"), people(item));
    }

    @Test
    void aBareNameBeforeWhoIsAPersonEvenAfterOf() {
        NewsItem item = Pages.article("Hate crime report",
                "The report tells the story of Lejla Mehmedović, who was attacked on a bus in Graz.",
                "The residents of Gornji Kamen, which lies near the river, were not asked.");
        assertEquals(List.of("Lejla Mehmedović | -"), people(item));
    }

    @Test
    void aBracketHoldingOnlyABodysNameIsTheAffiliation() {
        NewsItem item = Pages.article("Border course",
                "The delegation was headed by Colonel Rustam Nazarov (State Border Service of Tajikistan).",
                "Colonel Aida Beks (ODIHR) and Colonel Ivan Dorn (Vienna) also spoke.");
        assertEquals(List.of("Rustam Nazarov | State Border Service of Tajikistan", "Aida Beks | -",
                "Ivan Dorn | -"), people(item));
    }

    @Test
    void formerBeforeAnOriginIsPartOfTheRole() {
        NewsItem item = Pages.article("Panel on trials", "The panel heard former Serbian prosecutor Dragan Milić, "
                + "who led the trials for a decade.");
        assertEquals(List.of("Dragan Milić | former Serbian prosecutor"), people(item));
    }

    @Test
    void aRoleWordBeforeALowerCaseRoleIsPartOfIt() {
        NewsItem item = Pages.article("School visit", "The group visited a school where deputy director Lena Marsh "
                + "showed the new classrooms.");
        assertEquals(List.of("Lena Marsh | deputy director"), people(item));
    }

    @Test
    void originWordsBeforeModifiersAndALowerCaseRoleArePartOfIt() {
        NewsItem item = Pages.article("Youth forum", "Albanian Roma youth activist Arben Kolaj said the forum "
                + "had changed his town.");
        assertEquals(List.of("Arben Kolaj | Albanian Roma youth activist"), people(item));
    }

    @Test
    void aStatesBodyAfterItsPossessiveIsTheAffiliation() {
        NewsItem item = Pages.article("Cyber drill", "One trainer, Karim Benali of Tunisia’s National Agency "
                + "for Computer Security, led the session.");
        assertEquals(List.of("Karim Benali | Tunisia’s National Agency for Computer Security"), people(item));
    }

    @Test
    void aKnownPlaceAfterAPostAndOfIsThePostsNotTheName() {
        NewsItem item = Pages.article("Fair opens", "Mayor of Graz Hanna Leitner opened the fair.");
        assertEquals(List.of("Hanna Leitner | Mayor of Graz"), people(item));
        assertEquals(List.of("Graz"), item.places());
    }

    @Test
    void aSlashInsideABodysNameKeepsTheRoleBeforeTheName() {
        NewsItem item = Pages.article("Data report", "Head of the Data/IT Unit at the Statistics Department, "
                + "Ola Berglund, said the figures were ready.");
        assertEquals(List.of("Ola Berglund | Head of the Data/IT Unit at the Statistics Department"),
                people(item));
    }

    @Test
    void wordsAfterAPossessiveNameWhatTheOwnerHasNotAPerson() {
        NewsItem item = Pages.article("Report presented", "Ivo Marinac, Adviser at ODIHR’s Focal Point for "
                + "Civil Society, presented the report.");
        assertEquals(List.of("Ivo Marinac | Adviser at ODIHR’s Focal Point for Civil Society"), people(item));
    }

    @Test
    void anUnknownTownAfterAPostAndOfIsThePostsAndTheLastTwoWordsTheName() {
        NewsItem item = Pages.article("Guests welcomed", "Mayor of Kalinovik Jane Doe welcomed the guests.",
                "Mayor of Bosanska Krupa Amir Hodžić and Minister of Defence Ana Petrović spoke.");
        assertEquals(List.of("Jane Doe | Mayor of Kalinovik", "Amir Hodžić | Mayor of Bosanska Krupa",
                "Ana Petrović | Minister of Defence"), people(item));
        assertEquals(List.of("Kalinovik", "Bosanska Krupa"), item.places());
    }

    @Test
    void aWordOfTimeOpensTheRoleAfterTheName() {
        NewsItem item = Pages.article("Panel", "Ana Kovač, a former Croatian judge, and Ivo Lukić, former Head "
                + "of the OSCE Mission to Skopje, spoke on the panel.");
        assertEquals(List.of("Ana Kovač | former Croatian judge", "Ivo Lukić | former Head of the OSCE Mission to "
                + "Skopje"), people(item));
    }

    @Test
    void aWordOfTimeOpeningTheSentenceIsPartOfTheRoleBeforeTheName() {
        NewsItem item = Pages.article("Panel", "Former Croatian judge Petra Horvat opened the panel.");
        assertEquals(List.of("Petra Horvat | Former Croatian judge"), people(item));
    }

    @Test
    void aLowerCaseRoleAfterAnOwnersPossessiveBeforeTheComma() {
        NewsItem item = Pages.article("School visit",
                "The school’s head teacher, Mila Bojić, showed the classrooms.");
        assertEquals(List.of("Mila Bojić | school’s head teacher"), people(item));
    }

    @Test
    void aNameBeforeAVerbAfterAPlaceAndACommaIsTheSubjectNotAListMember() {
        NewsItem item = Pages.article("Farmers", "In Tbilisi, Gela Beridze runs a farm.",
                "At the Border Management Staff College, Jana Novak leads the course.",
                "The team visited Dolna Banja, Gorni Rid and Tetovo.");
        assertEquals(List.of("Gela Beridze | -", "Jana Novak | -"), people(item));
    }

    @Test
    void lowerCaseModifiersBeforeARoleWordArePartOfItAfterAWordThatIsNone() {
        NewsItem item = Pages.article("Awards", "The award went to senior police officer Ana Marić.",
                "The jury also met human rights defender Ivo Babić and spoke with her lawyer Mira Tot.");
        assertEquals(List.of("Ana Marić | senior police officer", "Ivo Babić | human rights defender",
                "Mira Tot | lawyer"), people(item));
    }

    @Test
    void aPluralNounOfPersonsOpeningTheSentenceIsTheRoleOfTheNamesAfterIt() {
        NewsItem item = Pages.article("Youth camp", "A youth camp was held in Tirana.",
                "Pupils Lena Hoxha and Marko Petrović, who ran the club, spoke about it.");
        assertEquals(List.of("Lena Hoxha | Pupils", "Marko Petrović | Pupils"), people(item));
    }

    @Test
    void aRoleEndingInALowerCaseNounOfAnAreaBeforeTheCommaAndTheName() {
        NewsItem item = Pages.article("Visit", "He was received by the Deputy Mayor of the Lori province, "
                + "Gor Sahakyan, with whom he discussed schools.");
        assertEquals(List.of("Gor Sahakyan | Deputy Mayor of the Lori province"), people(item));
    }

    @Test
    void aPostForItsFieldRightBeforeTheNameEndsAtTheName() {
        NewsItem item = Pages.article("Talks", "In Chisinau he met Deputy Minister for Kwarteng Tarik Selimović.",
                "The Envoy for the Western Balkans and the peace process in Serbia Anna Berg and "
                        + "UN Representative Ivo Lang met them.",
                "They also met the Special Envoy for the Danube Strategy and other regional issues, Petra Novak.",
                "The Adviser on the rights of the child Mia Holm spoke last.");
        assertEquals(List.of("Tarik Selimović | Deputy Minister for Kwarteng",
                "Anna Berg | Envoy for the Western Balkans and the peace process in Serbia",
                "Ivo Lang | UN Representative",
                "Petra Novak | Special Envoy for the Danube Strategy and other regional issues",
                "Mia Holm | Adviser on the rights of the child"), people(item));
    }

    @Test
    void aPluralRoleBeforeTheCommaIsNoPartOfTheRoleOfTheNameAfterIt() {
        NewsItem item = Pages.article("Talks", "The Co-Chairs, Berg, EU Special Representative for the "
                + "Western Balkans and the peace process in Serbia Ivo Lang and UN Representative Ana Rot, met.");
        assertEquals(List.of("Ivo Lang | EU Special Representative for the Western Balkans and the peace process in "
                + "Serbia", "Ana Rot | UN Representative"), people(item));
    }

    @Test
    void aBodyAfterFromClosingTheClauseIsTheAffiliation() {
        NewsItem item = Pages.article("Meeting", "Mira Kolar, from the Ministry of Interior of Croatia, "
                + "presented the plan.", "“It works,” said Tomas Berg, from the State Border Service.",
                "“So does this,” said Ana Lind from the Customs Administration.");
        assertEquals(List.of("Mira Kolar | Ministry of Interior of Croatia", "Tomas Berg | State Border Service",
                "Ana Lind | Customs Administration"), people(item));
    }

    @Test
    void aPluralNounOfPersonsInLowerCaseBeforeNamesIsTheirRole() {
        NewsItem item = Pages.article("Farm visit", "The team met farmers Lena Hoxha and Marko Petrović near Korçë.");
        assertEquals(List.of("Lena Hoxha | farmers", "Marko Petrović | farmers"), people(item));
    }

    @Test
    void aPluralNounOfPersonsKeepsItsLowerCaseModifiers() {
        NewsItem item = Pages.article("Course", "Among the guests were district school teachers Lena Hoxha and "
                + "Marko Petrović, and several students Ana Brin and Ivo Sarić.");
        assertEquals(List.of("Lena Hoxha | district school teachers", "Marko Petrović | district school teachers",
                "Ana Brin | students", "Ivo Sarić | students"), people(item));
    }

    @Test
    void aLowerCasePostWithItsFieldBeforeTheNameOpeningTheSentence() {
        NewsItem item = Pages.article("Schools", "The visits helped schools.",
                "Senior inspector for road safety Lena Hoxha explained the plan.",
                "Police officer Marko Petrović agreed. Yesterday officer Ivo Sarić spoke.");
        assertEquals(List.of("Lena Hoxha | Senior inspector for road safety", "Marko Petrović | Police officer",
                "Ivo Sarić | officer"), people(item));
    }

    @Test
    void aWordOfTimeBeforeARoleBeforeTheCommaIsPartOfIt() {
        NewsItem item = Pages.article("Talks", "The team met officials, including the acting Head of the Border "
                + "Department of the State Police, Lena Hoxha.");
        assertEquals(List.of("Lena Hoxha | acting Head of the Border Department of the State Police"), people(item));
    }

    @Test
    void retiredDatesTheRoleAfterIt() {
        NewsItem item = Pages.article("Course", "Lectures were given by Sven Aalto, a retired Swedish police "
                + "commander, and by other experts.");
        assertEquals(List.of("Sven Aalto | retired Swedish police commander"), people(item));
    }

    @Test
    void aCapitalisedPostWhoseAreaEndsInLowerCaseRightBeforeTheName() {
        NewsItem item = Pages.article("Course", "The course ran for two days.",
                "Deputy Governor of Sarn region Lena Hoxha opened the course.");
        assertEquals(List.of("Lena Hoxha | Deputy Governor of Sarn region"), people(item));
    }

    @Test
    void anArticleAfterAndByOrAmongThemBringsInALowerCaseRoleBeforeTheComma() {
        NewsItem item = Pages.article("Course", "The sessions were led by Lena Hoxha, from the Bar Association, "
                + "and by a local tax adviser, Marko Petrović.",
                "Several reporters were hurt, among them a sound engineer for a Sarn radio station, Ivo Sarić, and "
                + "the Union called for an inquiry. Students met a judge and a teacher, Ana Brin, presented.");
        assertEquals(List.of("Lena Hoxha | Bar Association", "Marko Petrović | local tax adviser",
                "Ivo Sarić | sound engineer for a Sarn radio station", "Ana Brin | teacher"), people(item));
    }

    @Test
    void aRoleGoesOnThroughTheParticleAndTheSlashOfAPlacesName() {
        NewsItem item = Pages.article("Talks", "“We agree,” said Lena Hoxha, Deputy Mayor of Sarn lui Vel.",
                "“So do we,” said Marko Petrović, Mayor of Kodra i Ri/Novi Brdo.");
        assertEquals(List.of("Lena Hoxha | Deputy Mayor of Sarn lui Vel",
                "Marko Petrović | Mayor of Kodra i Ri/Novi Brdo"), people(item));
    }

    @Test
    void aRelativeClauseThatNamesOnlyAPlaceIsNoPartOfTheRole() {
        NewsItem item = Pages.article("School", "The school was opened by Lena Hoxha, a lecturer at Sarn State "
                + "College who has taught similar courses in Ukraine, and others.");
        assertEquals(List.of("Lena Hoxha | lecturer at Sarn State College"), people(item));
    }
}
