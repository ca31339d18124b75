package org.annals.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.kb.LayeredKnowledgeBase;
import org.annals.kb.LearnedFact;
import org.annals.kb.LearnedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals kb learned}: the facts learned from text, with their evidence, for review. */
@Command(name = "learned", mixinStandardHelpOptions = true,
        description = "Lists the people and roles learned from appositions in the texts read, with the article"
                + " and offsets of each observation. Edit or delete lines of learned.jsonl to correct them.")
public final class KbLearnedCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON lines, as stored.")
    boolean json;

    @Mixin
    UserKbOption userKb;

    @Override
    public Integer call() {
        PrintWriter out = KbCommand.out();
        LayeredKnowledgeBase kb = userKb.open();
        List<LearnedFact> facts = kb.learned();
        if (!json) {
            out.println(facts.size() + " learned observation(s) in " + kb.directory().learnedFile());
        }
        for (LearnedFact f : facts) {
            if (json) {
                out.println(LearnedStore.toJson(f));
                continue;
            }
            String role = (f.former() ? "former " : "") + f.kind() + " of " + f.country();
            String evidence = f.evidence() == null ? "-" : f.evidence().articleId() + " [" + f.evidence().start()
                    + "-" + f.evidence().end() + "] \"" + f.evidence().text() + "\"";
            out.printf("%s\t%s\t%s\t%s\t%s\t%s%s%n", f.entityId(), f.canonicalName(), role,
                    f.code() == null ? "-" : f.code().code(), f.date(), evidence, f.newEntity() ? "" : "\t(known person)");
        }
        out.flush();
        return 0;
    }
}
