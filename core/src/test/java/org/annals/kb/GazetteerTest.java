package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.resources.TsvResource;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    private Optional<String> en(String name) {
        return gazetteer.countryOf(name, "en");
    }

    @Test
    void townsGiveTheirCountry() {
        assertEquals(Optional.of("IRQ"), en("Samarra"));
        assertEquals(Optional.of("IRQ"), en("Kirkuk"));
        assertEquals(Optional.of("IRQ"), en("KIRKUK"), "a headline");
        assertEquals(Optional.of("BIH"), en("Gorazde"));
        assertEquals(Optional.of("BIH"), en("Goražde"));
        assertEquals(Optional.of("SSD"), en("Juba"));
        assertEquals(Optional.of("PSE"), en("Hebron"));
        assertEquals(Optional.of("PSE"), en("Jericho"));
        assertEquals(Optional.of("TUR"), en("Sivas"));
        assertEquals(Optional.of("TUR"), en("Cizre"));
        assertEquals(Optional.of("UKR"), en("Donetsk"), "Ukraine's city outweighs the Russian town 10 times over");
    }

    @Test
    void otherLanguagesAndScripts() {
        assertEquals(Optional.of("IRQ"), gazetteer.countryOf("Kerkouk", "fr"));
        assertEquals(Optional.of("UKR"), gazetteer.countryOf("Кременчуг", "ru"));
        assertEquals(Optional.of("UKR"), gazetteer.countryOf("Кременчука", "uk"), "a declined name");
        assertEquals(Optional.of("UKR"), gazetteer.countryOf("Кременчуге", "ru"), "a declined name");
        assertEquals(Optional.of("IRQ"), gazetteer.countryOf("كركوك", "ar"));
    }

    @Test
    void handWrittenRegions() {
        assertEquals(Optional.of("PSE"), en("West Bank"));
        assertEquals(Optional.of("PSE"), gazetteer.countryOf("Cisjordanie", "fr"));
        assertEquals(Optional.of("UKR"), gazetteer.countryOf("Крым", "ru"));
        assertEquals(Optional.of("GEO"), gazetteer.countryOf("Abchasien", "de"));
        assertEquals(Optional.of("SDN"), en("Darfur"));
        assertEquals(Optional.of("LKA"), en("Jaffna peninsula"), "past the first letter, case does not matter");
        assertEquals(Optional.of("AZE"), en("Nagorno-Karabakh"));
    }

    @Test
    void firstOrderRegionsWeighTheMeanOfTheirCountry() {
        assertEquals(Optional.of("AFG"), en("Nuristan"));
        assertEquals(Optional.of("USA"), en("Texas"));
        assertEquals(Optional.of("USA"), en("Virginia"), "not the South African town");
        assertEquals(Optional.of("USA"), en("Montana"), "not the Bulgarian province and town");
        assertEquals(Optional.of("CAN"), en("Yukon"), "not the town in Oklahoma");
        assertEquals(Optional.of("UKR"), en("Zakarpattia"));
        assertEquals(Optional.of("IRQ"), en("Dhi Qar"));
        assertEquals(Optional.of("PSE"), en("Gaza"), "the hand-written region stands over Mozambique's province");
        assertEquals(Optional.empty(), en("Oriental"), "a region named with a common word is left out");
    }

    @Test
    void regionsOfSeveralCountriesAndThingsThatAreNotPlacesNeverAnswer() {
        assertEquals(Optional.empty(), en("Africa"), "an alternate name of Mahdia, Tunisia");
        assertEquals(Optional.empty(), en("Sahel"), "a region of Burkina Faso, and of ten countries");
        assertEquals(Optional.empty(), en("Kashmir"));
        assertEquals(Optional.empty(), en("Hamas"), "an alternate name of Hamm, Germany");
        assertEquals(Optional.empty(), en("White House"), "an alternate name of Casablanca");
        assertEquals(Optional.empty(), gazetteer.countryOf("Африке", "ru"), "a declined blocked name");
        assertEquals(Optional.empty(), gazetteer.countryOf("Nord-Est", "fr"), "a region of Haiti, and the north-east of anywhere");
        assertTrue(gazetteer.counts().blocked() > 200, gazetteer.counts().toString());
    }

    @Test
    void everyNameOfARegionGivesItsCountry() {
        List<String> wrong = new java.util.ArrayList<>();
        for (String[] row : TsvResource.rows("gazetteer/regions.tsv")) {
            List<String> names = new java.util.ArrayList<>(List.of(row[0]));
            names.addAll(List.of(row[5].split("\\|")));
            for (String name : names) {
                if (name.codePoints().filter(Character::isLetter).count() >= Gazetteer.MIN_LETTERS
                        && !gazetteer.countryOf(name, null).equals(Optional.of(row[2]))) {
                    wrong.add(name + "=" + gazetteer.countryOf(name, null).orElse("?"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void sharedNamesAnswerOnlyWhenOnePlaceDominates() {
        assertEquals(Optional.empty(), en("Tripoli"), "Libya's 1.1 million against Lebanon's 230,000");
        assertEquals(Optional.empty(), en("Hamilton"));
        assertEquals(Optional.of("RUS"), en("Samara"), "an alternate name of Samarra does not make Samara ambiguous");
    }

    @Test
    void sharedNamesListTheCountriesForTheContextToChoose() {
        assertEquals(List.of("ESP", "VEN"), gazetteer.candidatesOf("Barcelona", "es"));
        assertEquals(List.of("LBY", "LBN"), gazetteer.candidatesOf("Tripoli", "en"));
        assertEquals(List.of("IRQ"), gazetteer.candidatesOf("Samarra", "en"), "a name that answers has one candidate");
        assertEquals(List.of(), gazetteer.candidatesOf("Qwzxv", "en"));
    }

    @Test
    void shortNamesCommonWordsAndSmallLettersNeverAnswer() {
        assertEquals(Optional.empty(), en("police"));
        assertEquals(Optional.empty(), en("nice"));
        assertEquals(Optional.empty(), en("Police"), "a common English word");
        assertEquals(Optional.empty(), en("POLICE"));
        assertEquals(Optional.empty(), gazetteer.countryOf("Полиция", "ru"));
        assertEquals(Optional.of("FRA"), gazetteer.countryOf("Nice", "fr"));
        assertEquals(Optional.empty(), en("Bar"), "shorter than four letters");
        assertEquals(Optional.empty(), en("Qwertyland"));
        assertEquals(Optional.empty(), en(""));
        assertEquals(Optional.empty(), en(null));
    }

    @Test
    void fileHeaderNamesTheSourceAndLicence() {
        List<String> header = TsvResource.lines("gazetteer/cities.tsv").stream()
                .takeWhile(l -> l.startsWith("#")).toList();
        String text = String.join("\n", header);
        assertTrue(text.contains("GeoNames"), text);
        assertTrue(text.contains("CC BY 4.0"), text);
        assertTrue(text.contains("creativecommons.org/licenses/by/4.0"), text);
    }

    @Test
    void loadsTheWholeWorld() {
        Gazetteer.Counts counts = gazetteer.counts();
        assertTrue(counts.places() > 29_000, counts.toString());
        assertTrue(counts.names() > counts.places(), counts.toString());
        assertTrue(counts.shared() > counts.ambiguous(), counts.toString());
        assertTrue(counts.ambiguous() < counts.names() / 10, counts.toString());
    }
}
