package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agent nouns map to CAMEO sectors (Phoenix agents conventions) in each language. */
class SectorOfTest {

    private static final KnowledgeBase KB = KnowledgeBases.standard();

    private static final String LEMMAS = """
            en|police COP|soldier MIL|troops MIL|army MIL|government GOV|authorities GOV|official GOV|protester OPP|demonstrator OPP|rebel REB|insurgent REB|opposition OPP|judge JUD|court JUD|parliament LEG|lawmaker LEG|company BUS|journalist MED|civilian CVL|resident CVL|refugee REF|party PTY
            fr|police COP|policier COP|forces de l'ordre COP|agent COP|armée MIL|soldat MIL|militaire MIL|gouvernement GOV|autorités GOV|responsable GOV|ministre GOV|manifestant OPP|opposition OPP|rebelle REB|insurgé REB|juge JUD|tribunal JUD|parlement LEG|député LEG|entreprise BUS|journaliste MED|civil CVL|habitant CVL|réfugié REF|parti PTY
            de|Polizei COP|Polizist COP|Soldat MIL|Armee MIL|Regierung GOV|Behörden GOV|Demonstrant OPP|Rebell REB|Richter JUD|Parlament LEG|Unternehmen BUS|Journalist MED|Zivilist CVL|Flüchtling REF|Partei PTY
            es|policía COP|soldado MIL|ejército MIL|gobierno GOV|autoridades GOV|manifestante OPP|rebelde REB|juez JUD|parlamento LEG|empresa BUS|periodista MED|civil CVL|refugiado REF|partido PTY
            ru|полиция COP|полицейский COP|силовики COP|армия MIL|военный MIL|солдат MIL|правительство GOV|власти GOV|чиновник GOV|протестующий OPP|демонстрант OPP|оппозиция OPP|боевик REB|повстанец REB|суд JUD|судья JUD|парламент LEG|депутат LEG|компания BUS|журналист MED|житель CVL|беженец REF|партия PTY
            """;

    @Test
    void agentNounsGiveTheirSector() {
        List<String> wrong = new ArrayList<>();
        for (String line : LEMMAS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            for (int i = 1; i < f.length; i++) {
                int space = f[i].lastIndexOf(' ');
                String lemma = f[i].substring(0, space);
                String sector = f[i].substring(space + 1);
                Optional<String> got = KB.sectorOf(lemma, f[0]);
                if (!got.equals(Optional.of(sector))) {
                    wrong.add(f[0] + " " + lemma + " → " + got.orElse("(none)") + " (want " + sector + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void unknownNounsAndLanguagesGiveNothing() {
        assertEquals(Optional.empty(), KB.sectorOf("boulangerie", "fr"));
        assertEquals(Optional.empty(), KB.sectorOf("police", "xx"));
    }
}
